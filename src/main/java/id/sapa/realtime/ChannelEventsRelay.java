package id.sapa.realtime;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

import id.sapa.channel.ChannelEvent.ChannelStatusChanged;
import id.sapa.channel.ChannelEvent.QrCodeIssued;
import id.sapa.channel.ChannelEvent.SessionExpired;

/**
 * Pushes the channel module's events to the tenant's sockets on {@code /whatsapp}, once the change
 * committed (or at once when it was published outside a transaction).
 */
@Component
class ChannelEventsRelay {

    private final TenantBroadcast broadcast;

    ChannelEventsRelay(TenantBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    @EventListener
    void on(QrCodeIssued event) {
        broadcast.send(WhatsAppGateway.PATH, event.tenantId(), "qr-code", () -> Payloads.qrCode(event));
    }

    @EventListener
    void on(ChannelStatusChanged event) {
        broadcast.send(WhatsAppGateway.PATH, event.tenantId(), "connection-status",
                () -> Payloads.connectionStatus(event));
    }

    @EventListener
    void on(SessionExpired event) {
        broadcast.send(WhatsAppGateway.PATH, event.tenantId(), "session-expired", () -> Payloads.sessionExpired(event));
    }
}
