package id.sapa.channel.internal.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ConnectResult;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Buttons;
import id.sapa.channel.spi.OutboundMessage.ListMenu;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.OutboundMessage.Text;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.SendResult.SendError;
import id.sapa.channel.spi.WhatsAppProvider;

/**
 * A simulated WhatsApp: pairing by a QR code that {@code POST /api/sandbox/scan} "scans", and a
 * phone network that delivers into {@link SandboxOutbox} (messages and read receipts). Lets Sapa
 * run and be tested with no WhatsApp account, through exactly the paths a real provider uses. Its
 * customers' messages come from {@link SandboxController} with their files, so it has no webhook
 * and no media to fetch, and like a linked device it does not enforce the 24-hour window.
 */
@Component
class SandboxProvider implements WhatsAppProvider {

    static final Duration QR_LIFETIME = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(SandboxProvider.class);

    private final SandboxOutbox outbox;
    private final SandboxFaults faults;
    private final Clock clock;

    SandboxProvider(SandboxOutbox outbox, SandboxFaults faults, Clock clock) {
        this.outbox = outbox;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public ProviderType type() {
        return ProviderType.SANDBOX;
    }

    @Override
    public ConnectResult connect(ChannelAccess access, Map<String, String> request) {
        String pairing = "sapa-sandbox:" + access.channel().id() + ":" + UUID.randomUUID();
        return new ConnectResult(ChannelStatus.QR_PENDING, null, pairing, QR_LIFETIME, Map.of(),
                Map.of("simulated", true));
    }

    @Override
    public void logout(ChannelAccess access) {
        log.debug("Sandbox channel {} logged out", access.channel().id());
    }

    @Override
    public SendResult send(ChannelAccess access, OutboundMessage message) {
        SendError fault = faults.take(access.channel().tenantId());
        if (fault != null) {
            return new Rejected(fault);
        }
        if (message.to().phone() == null) {
            return Rejected.noPhoneNumber();
        }
        String type;
        String content;
        String mediaUrl = null;
        switch (message.content()) {
            case Text text -> {
                type = "text";
                content = text.body();
            }
            case Media media -> {
                type = media.kind().code();
                content = media.caption();
                mediaUrl = media.url();
            }
            case Template template -> {
                type = "template";
                content = template.name();
            }
            case Buttons buttons -> {
                type = "interactive";
                content = buttons.body();
            }
            case ListMenu list -> {
                type = "interactive";
                content = list.body();
            }
            case Reaction reaction -> {
                type = "reaction";
                content = reaction.emoji();
            }
        }
        String waMessageId = outbox.deliver(access.channel().tenantId(), access.channel().id(), message.clientMessageId(),
                message.to().phone(), type, content, mediaUrl, message.quotedProviderMessageId(), clock.instant());
        return new Accepted(waMessageId);
    }

    @Override
    public void markRead(ChannelAccess access, String providerMessageId) {
        outbox.markRead(access.channel().tenantId(), access.channel().id(), providerMessageId, false, clock.instant());
    }

    @Override
    public void markReadAndType(ChannelAccess access, String providerMessageId) {
        outbox.markRead(access.channel().tenantId(), access.channel().id(), providerMessageId, true, clock.instant());
    }
}
