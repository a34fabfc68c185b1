package id.sapa.channel.internal.whapi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.channel.internal.WebhookEndpoint;
import id.sapa.channel.spi.ProviderType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whapi's webhook (seed 003). Whapi signs nothing, so each channel's URL carries a secret of its
 * own, checked by {@link WhapiProvider#authenticate} before the body is read; the seed's single
 * path {@code /webhook/whapi} takes the server's {@code WHAPI_WEBHOOK_SECRET} and routes by Whapi's
 * {@code channel_id}. An accepted body is processed by a job.
 */
@RestController
@Tag(name = "Webhooks", description = "Notifications from WhatsApp providers")
class WhapiWebhookController {

    private final WebhookEndpoint endpoint;

    WhapiWebhookController(WebhookEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @PostMapping("/webhook/whapi/{channelId}")
    @Operation(summary = "Notifications of a tenant's Whapi channel",
            description = "The secret from the connect answer's webhookUrl, as ?secret= or X-Webhook-Secret; 401 otherwise.")
    @Parameter(name = "secret", in = ParameterIn.QUERY, description = "The channel's webhook secret")
    @Parameter(name = "X-Webhook-Secret", in = ParameterIn.HEADER, description = "The secret, when not in the URL")
    ResponseEntity<Void> receive(@PathVariable String channelId, HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        return endpoint.receive(ProviderType.WHAPI, channelId, request, body);
    }

    @PostMapping("/webhook/whapi")
    @Operation(summary = "Notifications of the server's Whapi channel (seed 003)",
            description = "Needs WHAPI_WEBHOOK_SECRET as ?secret= or X-Webhook-Secret; routed by the payload's channel_id.")
    @Parameter(name = "secret", in = ParameterIn.QUERY, description = "WHAPI_WEBHOOK_SECRET")
    @Parameter(name = "X-Webhook-Secret", in = ParameterIn.HEADER, description = "The secret, when not in the URL")
    ResponseEntity<Void> receiveShared(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return endpoint.receive(ProviderType.WHAPI, null, request, body);
    }
}
