package id.sapa.channel.internal.cloudapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.WhatsAppTemplates;
import id.sapa.channel.internal.ItemFailures;
import id.sapa.channel.internal.WebhookProcessor;
import id.sapa.channel.internal.cloudapi.CloudApiProvider.DownloadedMedia;
import id.sapa.channel.internal.cloudapi.CloudApiWebhookParser.Change;
import id.sapa.channel.internal.cloudapi.CloudApiWebhookParser.Parsed;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles an authenticated Meta webhook: routes each change to its channel by
 * {@code metadata.phone_number_id}, fetches the media of a message not stored yet at once (Meta's
 * URLs live minutes) and hands the events to the inbound pipeline, which ignores redeliveries.
 */
@Component
class CloudApiWebhooks implements WebhookProcessor {

    private static final Logger log = LoggerFactory.getLogger(CloudApiWebhooks.class);

    private final Channels channels;
    private final WhatsAppTemplates templates;
    private final CloudApiProvider provider;
    private final JsonMapper json;

    CloudApiWebhooks(Channels channels, WhatsAppTemplates templates, CloudApiProvider provider, JsonMapper json) {
        this.channels = channels;
        this.templates = templates;
        this.provider = provider;
        this.json = json;
    }

    @Override
    public ProviderType provider() {
        return ProviderType.CLOUD_API;
    }

    @Override
    public void process(byte[] body, ChannelId only, ItemFailures failures) {
        Optional<JsonNode> read = WebhookProcessor.readJson(json, body, provider());
        if (read.isEmpty()) {
            return;
        }
        JsonNode root = read.get();
        if (only == null) {
            handle(root, null, failures);
        } else {
            channels.find(only).ifPresent(channel -> handle(root, channel, failures));
        }
    }

    /**
     * Each change on its own, and within a {@code messages} change each event on its own.
     *
     * @param only the channel whose own app signed the request, or null for the shared app: a
     *             tenant's app may only speak for its own number
     */
    private void handle(JsonNode root, Channel only, ItemFailures failures) {
        for (Change change : CloudApiWebhookParser.changes(root)) {
            failures.take(only == null ? null : only.id(), change.field() + " change", () -> handle(change, only, failures));
        }
    }

    private void handle(Change change, Channel only, ItemFailures failures) {
        switch (change.field()) {
            case "messages" -> messages(change, only, failures);
            case "message_template_status_update" -> {
                JsonNode v = change.value();
                templates.applyStatusNotice(change.businessAccountId(), v.path("message_template_name").asString(null),
                        v.path("message_template_language").asString(null), v.path("event").asString(null),
                        v.path("reason").asString(null));
            }
            case "template_category_update" -> {
                JsonNode v = change.value();
                templates.applyCategoryNotice(change.businessAccountId(), v.path("message_template_name").asString(null),
                        v.path("message_template_language").asString(null), v.path("new_category").asString(null));
            }
            case "phone_number_quality_update" -> qualityUpdate(change);
            default -> log.debug("Meta webhook field {} ignored", change.field());
        }
    }

    /** Meta flagged the number or changed its messaging limit; the notice names the number, not its id. */
    private void qualityUpdate(Change change) {
        JsonNode v = change.value();
        PhoneNumber number = CloudApiProvider.phone(v.path("display_phone_number").asString(""));
        if (number == null || change.businessAccountId() == null) {
            return;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        String limit = v.path("current_limit").asString(null);
        if (limit != null) {
            facts.put("messagingTier", limit);
        }
        facts.put("qualityEvent", v.path("event").asString(null));
        facts.values().removeIf(Objects::isNull);
        channels.findByProviderSetting(ProviderType.CLOUD_API, CloudApiProvider.BUSINESS_ACCOUNT_ID, change.businessAccountId())
                .filter(channel -> number.equals(channel.phoneNumber()))
                .ifPresent(channel -> channels.recordProviderFacts(channel.id(), facts));
    }

    private void messages(Change change, Channel only, ItemFailures failures) {
        if (change.phoneNumberId() == null) {
            return;
        }
        Channel channel = channels.findByProviderSetting(ProviderType.CLOUD_API, CloudApiProvider.PHONE_NUMBER_ID,
                change.phoneNumberId()).orElse(null);
        if (channel == null || (only != null && !Objects.equals(only.id(), channel.id()))) {
            // 200 all the same: an error would make Meta redeliver for days.
            log.warn("Meta webhook for phone_number_id {} matches no channel{}; ignored", change.phoneNumberId(),
                    only == null ? "" : " of channel " + only.id());
            return;
        }
        for (JsonNode error : change.value().path("errors")) {
            log.warn("Meta reported an error for channel {}: {} {}", channel.id(), error.path("code").asString(""),
                    error.path("title").asString(""));
        }
        for (Parsed parsed : CloudApiWebhookParser.events(change.value(), failures)) {
            failures.take(channel.id(), parsed.event().providerMessageId(), () -> receive(channel, parsed));
        }
    }

    private void receive(Channel channel, Parsed parsed) {
        if (parsed.mediaId() != null && parsed.event() instanceof InboundMessage message) {
            // A redelivery is recognised before its media is fetched a second time.
            if (!channels.isRecorded(channel, message.providerMessageId())) {
                channels.receive(channel, withMedia(channel, message, parsed.mediaId()));
            }
        } else {
            channels.receive(channel, parsed.event());
        }
    }

    private InboundMessage withMedia(Channel channel, InboundMessage message, String mediaId) {
        InboundMedia media = message.media();
        try {
            DownloadedMedia file = provider.download(channels.openAccess(channel), mediaId);
            media = new InboundMedia(file.bytes(), null, file.mimeType() != null ? file.mimeType() : media.mimeType(),
                    media.fileName(), media.caption());
        } catch (RuntimeException e) {
            // The message is kept without its file rather than lost; the caption still shows.
            log.warn("Media {} of message {} could not be fetched: {}", mediaId, message.providerMessageId(),
                    e.getMessage());
        }
        return message.withMedia(media);
    }
}
