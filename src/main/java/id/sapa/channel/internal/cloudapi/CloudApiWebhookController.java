package id.sapa.channel.internal.cloudapi;

import static id.sapa.channel.internal.cloudapi.CloudApiSettings.present;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
 * Meta's webhook (seed 001): the verification handshake and signed notifications, for the shared
 * Meta app at {@code /webhook/whatsapp} and for a tenant's own app at {@code /webhook/whatsapp/{channelId}}.
 * The signature is checked on the raw bytes before anything is parsed; an authenticated body is
 * kept and processed by a job, so Meta gets its 200 at once.
 */
@RestController
@Tag(name = "Webhooks", description = "Notifications from WhatsApp providers")
class CloudApiWebhookController {

    private static final Logger log = LoggerFactory.getLogger(CloudApiWebhookController.class);

    private final CloudApiSettings settings;
    private final WebhookInbox inbox;
    private final Channels channels;

    CloudApiWebhookController(CloudApiSettings settings, WebhookInbox inbox, Channels channels) {
        this.settings = settings;
        this.inbox = inbox;
        this.channels = channels;
    }

    @GetMapping(path = "/webhook/whatsapp", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Meta's verification handshake (shared app)",
            description = "Answers hub.challenge as plain text when hub.verify_token is META_WEBHOOK_VERIFY_TOKEN; 403 otherwise.")
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        return handshake(settings.verifyToken(), mode, token, challenge);
    }

    @GetMapping(path = "/webhook/whatsapp/{channelId}", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Meta's verification handshake (a tenant's own app)")
    ResponseEntity<String> verifyOwn(@PathVariable String channelId,
            @RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        String expected = ownChannel(channelId)
                .map(channel -> channels.openAccess(channel).credentials().get(CloudApiProvider.VERIFY_TOKEN)).orElse(null);
        return handshake(expected, mode, token, challenge);
    }

    @PostMapping("/webhook/whatsapp")
    @Operation(summary = "Notifications of the shared Meta app",
            description = "X-Hub-Signature-256 must be the HMAC-SHA256 of the raw body with META_APP_SECRET; 401 otherwise. "
                    + "Each change is routed by metadata.phone_number_id; unknown numbers are logged and answered 200.")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        return accept(settings.appSecret(), signature, body, null);
    }

    @PostMapping("/webhook/whatsapp/{channelId}")
    @Operation(summary = "Notifications of a tenant's own Meta app, signed with that app's secret")
    ResponseEntity<Void> receiveOwn(@PathVariable String channelId,
            @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        Channel channel = ownChannel(channelId).orElse(null);
        String secret = channel == null ? null
                : channels.openAccess(channel).credentials().get(CloudApiProvider.APP_SECRET);
        return accept(secret, signature, body, channel);
    }

    private ResponseEntity<Void> accept(String appSecret, String signature, byte[] body, Channel only) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!WebhookSignature.valid(appSecret, raw, signature)) {
            log.warn("Meta webhook refused: {} signature", signature == null ? "missing" : "wrong");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        inbox.accept(ProviderType.CLOUD_API, only == null ? null : only.id(), raw);
        return ResponseEntity.ok().build();
    }

    private static ResponseEntity<String> handshake(String expected, String mode, String token, String challenge) {
        if (!present(expected) || token == null || !"subscribe".equals(mode) || challenge == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("Forbidden");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    private java.util.Optional<Channel> ownChannel(String channelId) {
        try {
            return channels.find(new ChannelId(UUID.fromString(channelId)))
                    .filter(channel -> channel.provider() == ProviderType.CLOUD_API);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
