package id.sapa.channel.internal.whapi;

import static id.sapa.channel.internal.whapi.WhapiSettings.present;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import id.sapa.channel.internal.whapi.WhapiWebhookParser.Parsed;
import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.OwnMessage;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whapi's webhook (seed 003). Whapi signs nothing, so each channel's URL carries a secret of its
 * own, checked before the body is read; the seed's single path {@code /webhook/whapi} takes the
 * server's {@code WHAPI_WEBHOOK_SECRET} and routes by Whapi's {@code channel_id}.
 */
@RestController
@Tag(name = "Webhooks", description = "Notifications from WhatsApp providers")
class WhapiWebhookController {

    private static final Logger log = LoggerFactory.getLogger(WhapiWebhookController.class);

    private final Channels channels;
    private final WhapiProvider provider;
    private final WhapiSettings settings;
    private final JsonMapper json;

    WhapiWebhookController(Channels channels, WhapiProvider provider, WhapiSettings settings, JsonMapper json) {
        this.channels = channels;
        this.provider = provider;
        this.settings = settings;
        this.json = json;
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
        read(body).ifPresent(root -> handle(channel, root));
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
        read(body).ifPresent(root -> {
            String whapiChannel = root.path("channel_id").asString(null);
            Optional<Channel> channel = whapiChannel == null ? Optional.empty()
                    : channels.findByProviderSetting(ProviderType.WHAPI, WhapiProvider.WHAPI_CHANNEL_ID, whapiChannel);
            channel.ifPresentOrElse(c -> handle(c, root),
                    () -> log.warn("Whapi webhook for channel_id {} matches no channel; ignored", whapiChannel));
        });
        return ResponseEntity.ok().build();
    }

    private void handle(Channel channel, JsonNode root) {
        for (Parsed parsed : WhapiWebhookParser.events(root)) {
            channels.receive(channel, withMedia(channel, parsed));
        }
    }

    private InboundEvent withMedia(Channel channel, Parsed parsed) {
        if (parsed.mediaId() == null && parsed.mediaLink() == null) {
            return parsed.event();
        }
        try {
            byte[] bytes = provider.download(channels.openAccess(channel), parsed.mediaLink(), parsed.mediaId());
            return switch (parsed.event()) {
                case InboundMessage m -> new InboundMessage(m.providerMessageId(), m.from(), m.profileName(), m.timestamp(),
                        m.kind(), m.text(), filled(m.media(), bytes), m.location(), m.quotedProviderMessageId(), m.forwarded());
                case OwnMessage m -> new OwnMessage(m.providerMessageId(), m.to(), m.timestamp(), m.kind(), m.text(),
                        filled(m.media(), bytes));
                default -> parsed.event();
            };
        } catch (RuntimeException e) {
            log.warn("Whapi media {} could not be fetched: {}", parsed.mediaId(), e.getMessage());
            return parsed.event();
        }
    }

    private static InboundMedia filled(InboundMedia media, byte[] bytes) {
        return new InboundMedia(bytes, null, media.mimeType(), media.fileName(), media.caption());
    }

    private Optional<JsonNode> read(byte[] body) {
        try {
            return Optional.of(json.readTree(body == null ? new byte[0] : body));
        } catch (JacksonException e) {
            log.warn("Whapi webhook with an unreadable body ignored");
            return Optional.empty();
        }
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
