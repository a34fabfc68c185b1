package id.sapa.realtime;

import org.springframework.stereotype.Component;

import id.sapa.channel.Channels;
import id.sapa.shared.ProblemException;

/** {@code /whatsapp}: the tenant's WhatsApp connection (QR code, status). */
@Component
class WhatsAppGateway implements Gateway {

    static final String PATH = "/whatsapp";

    private final Channels channels;

    WhatsAppGateway(Channels channels) {
        this.channels = channels;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void register(SecuredNamespace namespace) {
        namespace.on("disconnect-whatsapp", TenantRef.class, this::disconnect);
    }

    /** Forwards to the channel module exactly as {@code DELETE /api/whatsapp/disconnect} does. */
    private void disconnect(SocketRequest request, TenantRef ref) {
        if (!TenantRef.names(ref, request.actor().tenantId())) {
            request.refuse("You can only disconnect your own tenant");
            return;
        }
        try {
            channels.disconnect(request.actor());
            request.ok();
        } catch (ProblemException refused) {
            request.refuse(refused.getMessage());
        }
    }
}
