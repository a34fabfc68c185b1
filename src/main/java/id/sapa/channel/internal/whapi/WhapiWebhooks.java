package id.sapa.channel.internal.whapi;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.internal.ItemFailures;
import id.sapa.channel.internal.WebhookProcessor;
import id.sapa.channel.internal.whapi.WhapiWebhookParser.Parsed;
import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.OwnMessage;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles an authenticated Whapi webhook: routes it to its channel (the one its URL named, or by
 * Whapi's {@code channel_id}), fetches media and hands the events to the inbound pipeline.
 */
@Component
class WhapiWebhooks implements WebhookProcessor {

    private static final Logger log = LoggerFactory.getLogger(WhapiWebhooks.class);

    private final Channels channels;
    private final WhapiProvider provider;
    private final JsonMapper json;

    WhapiWebhooks(Channels channels, WhapiProvider provider, JsonMapper json) {
        this.channels = channels;
        this.provider = provider;
        this.json = json;
    }

    @Override
    public ProviderType provider() {
        return ProviderType.WHAPI;
    }

    @Override
    public void process(byte[] body, ChannelId only, ItemFailures failures) {
        Optional<JsonNode> read = WebhookProcessor.readJson(json, body, provider());
        if (read.isEmpty()) {
            return;
        }
        JsonNode root = read.get();
        String whapiChannel = root.path("channel_id").asString(null);
        Optional<Channel> channel = only != null ? channels.find(only)
                : whapiChannel == null ? Optional.empty()
                : channels.findByProviderSetting(ProviderType.WHAPI, WhapiProvider.WHAPI_CHANNEL_ID, whapiChannel);
        channel.ifPresentOrElse(c -> handle(c, root, failures),
                () -> log.warn("Whapi webhook for channel_id {} matches no channel; ignored", whapiChannel));
    }

    private void handle(Channel channel, JsonNode root, ItemFailures failures) {
        for (Parsed parsed : WhapiWebhookParser.events(root, failures)) {
            failures.take(channel.id(), parsed.event().providerMessageId(), () -> receive(channel, parsed));
        }
    }

    private void receive(Channel channel, Parsed parsed) {
        if (parsed.mediaId() != null || parsed.mediaLink() != null) {
            // A redelivery (or the echo of a file Sapa sent) is recognised before its media is fetched again.
            if (!channels.isRecorded(channel, parsed.event().providerMessageId())) {
                channels.receive(channel, withMedia(channel, parsed));
            }
        } else {
            channels.receive(channel, parsed.event());
        }
    }

    private InboundEvent withMedia(Channel channel, Parsed parsed) {
        try {
            byte[] bytes = provider.download(channels.openAccess(channel), parsed.mediaLink(), parsed.mediaId());
            return switch (parsed.event()) {
                case InboundMessage m -> m.withMedia(filled(m.media(), bytes));
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
}
