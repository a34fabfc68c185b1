package id.sapa.channel.internal.whapi;

import static id.sapa.channel.internal.whapi.WhapiSettings.present;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.internal.WebhookInbox;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Whapi's webhook (seed 003). Whapi signs nothing, so each channel's URL carries a secret of its
 * own, checked before the body is read; the seed's single path {@code /webhook/whapi} takes the
 * server's {@code WHAPI_WEBHOOK_SECRET} and routes by Whapi's {@code channel_id}. An accepted body
 * is processed by a job.
 */
@RestController
@Tag(name = "Webhooks", description = "Notifications from WhatsApp providers")
class WhapiWebhookController {

    private final Channels channels;
    private final WhapiSettings settings;
    private final WebhookInbox inbox;

    WhapiWebhookController(Channels channels, WhapiSettings settings, WebhookInbox inbox) {
        this.channels = channels;
        this.settings = settings;
        this.inbox = inbox;
    }

    @PostMapping("/webhook/whapi/{channelId}")
    @Operation(summary = "Notifications of a tenant's Whapi channel",
            description = "The secret from the connect answer's webhookUrl, as ?secret= or X-Webhook-Secret; 401 otherwise.")
    ResponseEntity<Void> receive(@PathVariable String channelId, @RequestParam(name = "secret", required = false) String secret,
            @RequestHeader(name = "X-Webhook-Secret", required = false) String header, @RequestBody(required = false) byte[] body) {
        Channel channel = whapiChannel(channelId).orElse(null);
        String expected = channel == null ? null : channels.openAccess(channel).credentials().get(WhapiProvider.WEBHOOK_SECRET);
        if (!matches(expected, secret != null ? secret : header)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        inbox.accept(ProviderType.WHAPI, channel.id(), body == null ? new byte[0] : body);
        return ResponseEntity.ok().build();
    }

    @PostMapping("/webhook/whapi")
    @Operation(summary = "Notifications of the server's Whapi channel (seed 003)",
            description = "Needs WHAPI_WEBHOOK_SECRET as ?secret= or X-Webhook-Secret; routed by the payload's channel_id.")
    ResponseEntity<Void> receiveShared(@RequestParam(name = "secret", required = false) String secret,
            @RequestHeader(name = "X-Webhook-Secret", required = false) String header, @RequestBody(required = false) byte[] body) {
        if (!matches(settings.webhookSecret(), secret != null ? secret : header)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        inbox.accept(ProviderType.WHAPI, null, body == null ? new byte[0] : body);
        return ResponseEntity.ok().build();
    }

    private Optional<Channel> whapiChannel(String channelId) {
        try {
            return channels.find(new ChannelId(UUID.fromString(channelId))).filter(c -> c.provider() == ProviderType.WHAPI);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(String expected, String given) {
        return present(expected) && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
