package id.sapa.channel.internal.cloudapi;

import static id.sapa.channel.internal.cloudapi.CloudApiSettings.present;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.channel.Channels;
import id.sapa.channel.internal.ChannelKeys;
import id.sapa.channel.internal.WebhookEndpoint;
import id.sapa.channel.spi.ProviderType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Meta's webhook (seed 001): the verification handshake and signed notifications, for the shared
 * Meta app at {@code /webhook/whatsapp} and for a tenant's own app at {@code /webhook/whatsapp/{channelId}}.
 * The signature is checked by {@link CloudApiProvider#authenticate} on the raw bytes before anything
 * is parsed; an authenticated body is kept and processed by a job, so Meta gets its 200 at once.
 */
@RestController
@Tag(name = "Webhooks", description = "Notifications from WhatsApp providers")
class CloudApiWebhookController {

    private final CloudApiSettings settings;
    private final WebhookEndpoint endpoint;
    private final Channels channels;
    private final ChannelKeys keys;

    CloudApiWebhookController(CloudApiSettings settings, WebhookEndpoint endpoint, Channels channels, ChannelKeys keys) {
        this.settings = settings;
        this.endpoint = endpoint;
        this.channels = channels;
        this.keys = keys;
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
        String expected = endpoint.channel(ProviderType.CLOUD_API, channelId)
                .map(channel -> keys.open(channel).credentials().get(CloudApiProvider.VERIFY_TOKEN)).orElse(null);
        return handshake(expected, mode, token, challenge);
    }

    @PostMapping("/webhook/whatsapp")
    @Operation(summary = "Notifications of the shared Meta app",
            description = "X-Hub-Signature-256 must be the HMAC-SHA256 of the raw body with META_APP_SECRET; 401 otherwise. "
                    + "Each change is routed by metadata.phone_number_id; unknown numbers are logged and answered 200.")
    @Parameter(name = "X-Hub-Signature-256", in = ParameterIn.HEADER, description = "sha256= and the hex HMAC of the body")
    ResponseEntity<Void> receive(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return endpoint.receive(ProviderType.CLOUD_API, null, request, body);
    }

    @PostMapping("/webhook/whatsapp/{channelId}")
    @Operation(summary = "Notifications of a tenant's own Meta app, signed with that app's secret")
    @Parameter(name = "X-Hub-Signature-256", in = ParameterIn.HEADER, description = "sha256= and the hex HMAC of the body")
    ResponseEntity<Void> receiveOwn(@PathVariable String channelId, HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        return endpoint.receive(ProviderType.CLOUD_API, channelId, request, body);
    }

    private static ResponseEntity<String> handshake(String expected, String mode, String token, String challenge) {
        if (!present(expected) || token == null || !"subscribe".equals(mode) || challenge == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("Forbidden");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }
}
