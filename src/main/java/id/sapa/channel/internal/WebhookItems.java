package id.sapa.channel.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.WhatsAppTemplates;
import id.sapa.channel.spi.DownloadedMedia;
import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.OwnMessage;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.WebhookItem;
import id.sapa.channel.spi.WebhookItem.ChannelKey;
import id.sapa.channel.spi.WebhookItem.FactsReported;
import id.sapa.channel.spi.WebhookItem.MediaRef;
import id.sapa.channel.spi.WebhookItem.Received;
import id.sapa.channel.spi.WebhookItem.TemplateRecategorised;
import id.sapa.channel.spi.WebhookItem.TemplateReviewed;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.ChannelId;

/**
 * Processes an authenticated webhook body the same way for every provider: the provider reads it
 * into items, and each item is taken on its own (see {@link ItemFailures}) — routed to the channel
 * it names, its media fetched at once when its message is not stored yet (some providers' media
 * URLs live minutes), and handed to the inbound pipeline, which ignores redeliveries.
 */
@Component
class WebhookItems {

    private static final Logger log = LoggerFactory.getLogger(WebhookItems.class);

    private final ProviderRegistry providers;
    private final Channels channels;
    private final ChannelKeys keys;
    private final WhatsAppTemplates templates;

    WebhookItems(ProviderRegistry providers, Channels channels, ChannelKeys keys, WhatsAppTemplates templates) {
        this.providers = providers;
        this.channels = channels;
        this.keys = keys;
        this.templates = templates;
    }

    /**
     * @param only the channel whose own secret authenticated the body (or that a dead letter is
     *             tried again for), or null for a server-wide endpoint: a channel's own secret
     *             only speaks for that channel
     */
    void process(ProviderType type, byte[] body, ChannelId only, ItemFailures failures) {
        Optional<WhatsAppProvider> provider = providers.find(type);
        if (provider.isEmpty()) {
            log.warn("A {} webhook came, but {} is not available on this server; ignored", type.code(), type.code());
            return;
        }
        List<WebhookItem> items = provider.get().parseWebhook(body, only, failures);
        Routes routes = new Routes(type, only);
        for (WebhookItem item : items) {
            // The lookup of the channel is taken too (its database may be away), as is the item's
            // work, which counts against the channel it was routed to.
            switch (item) {
                case Received received -> failures.take(only, received.itemId(), () -> routes.resolve(received.channel(),
                        received.itemId()).ifPresent(channel -> failures.take(channel.id(), received.itemId(),
                                () -> receive(provider.get(), channel, received))));
                case FactsReported facts -> failures.take(only, facts.itemId(), () -> routes.resolve(facts.channel(),
                        facts.itemId()).filter(channel -> facts.number() == null || facts.number().equals(channel.phoneNumber()))
                        .ifPresent(channel -> failures.take(channel.id(), facts.itemId(),
                                () -> channels.recordProviderFacts(channel.id(), facts.facts()))));
                case TemplateReviewed t -> failures.take(only, t.itemId(), () -> templates.applyStatusNotice(
                        t.businessAccountId(), t.name(), t.language(), t.event(), t.reason()));
                case TemplateRecategorised t -> failures.take(only, t.itemId(), () -> templates.applyCategoryNotice(
                        t.businessAccountId(), t.name(), t.language(), t.category()));
            }
        }
    }

    private void receive(WhatsAppProvider provider, Channel channel, Received received) {
        if (received.media() == null) {
            channels.receive(channel, received.event());
        } else if (!channels.isRecorded(channel, received.event().providerMessageId())) {
            // A redelivery (or the echo of a file Sapa sent) is recognised before its media is fetched again.
            channels.receive(channel, withMedia(provider, channel, received.event(), received.media()));
        }
    }

    private InboundEvent withMedia(WhatsAppProvider provider, Channel channel, InboundEvent event, MediaRef ref) {
        DownloadedMedia file;
        try {
            file = provider.downloadMedia(keys.open(channel), ref);
        } catch (RuntimeException e) {
            // The message is kept without its file rather than lost; the caption still shows.
            log.warn("Media {} of {} message {} could not be fetched: {}", ref.id(), provider.type().code(),
                    event.providerMessageId(), e.getMessage());
            return event;
        }
        return switch (event) {
            case InboundMessage m -> m.withMedia(filled(m.media(), file));
            case OwnMessage m -> new OwnMessage(m.providerMessageId(), m.to(), m.timestamp(), m.kind(), m.text(),
                    filled(m.media(), file));
            default -> event;
        };
    }

    private static InboundMedia filled(InboundMedia media, DownloadedMedia file) {
        return new InboundMedia(file.bytes(), null, file.mimeType() != null ? file.mimeType() : media.mimeType(),
                media.fileName(), media.caption());
    }

    /** The channels the items of one body name, each looked up once. */
    private final class Routes {

        private final ProviderType type;
        private final ChannelId only;
        private final Map<ChannelKey, Optional<Channel>> found = new HashMap<>();

        Routes(ProviderType type, ChannelId only) {
            this.type = type;
            this.only = only;
        }

        Optional<Channel> resolve(ChannelKey key, String itemId) {
            Optional<Channel> channel = found.computeIfAbsent(key, this::lookUp);
            if (channel.isEmpty() || (only != null && !Objects.equals(only, channel.get().id()))) {
                // Taken all the same (no error): an error would make the provider redeliver for days.
                log.warn("{} webhook item {} for {} matches no channel{}; ignored", type.code(), itemId, describe(key),
                        only == null ? "" : " of channel " + only);
                return Optional.empty();
            }
            return channel;
        }

        private Optional<Channel> lookUp(ChannelKey key) {
            return switch (key) {
                case ChannelKey.Id(ChannelId id) -> channels.find(id).filter(channel -> channel.provider() == type);
                case ChannelKey.Setting(String name, String value) ->
                        value == null ? Optional.empty() : channels.findByProviderSetting(type, name, value);
            };
        }

        private static String describe(ChannelKey key) {
            return switch (key) {
                case ChannelKey.Id(ChannelId id) -> "channel " + id;
                case ChannelKey.Setting(String name, String value) -> name + " " + value;
            };
        }
    }
}
