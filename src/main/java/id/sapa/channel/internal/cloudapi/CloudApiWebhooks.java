package id.sapa.channel.internal.cloudapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.sapa.channel.internal.cloudapi.CloudApiWebhookParser.Change;
import id.sapa.channel.internal.cloudapi.CloudApiWebhookParser.Parsed;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.SkippedItems;
import id.sapa.channel.spi.WebhookItem;
import id.sapa.channel.spi.WebhookItem.ChannelKey;
import id.sapa.channel.spi.WebhookItem.FactsReported;
import id.sapa.channel.spi.WebhookItem.MediaRef;
import id.sapa.channel.spi.WebhookItem.Received;
import id.sapa.channel.spi.WebhookItem.TemplateRecategorised;
import id.sapa.channel.spi.WebhookItem.TemplateReviewed;
import id.sapa.shared.PhoneNumber;
import tools.jackson.databind.JsonNode;

/**
 * Meta's webhook as items: each {@code messages} change names its channel by
 * {@code metadata.phone_number_id} and carries the media id of a file still to fetch; template
 * reviews and re-categorisations name the business account; a quality notice names the number,
 * not its id.
 */
final class CloudApiWebhooks {

    private static final Logger log = LoggerFactory.getLogger(CloudApiWebhooks.class);

    private CloudApiWebhooks() {
    }

    static List<WebhookItem> items(JsonNode root, SkippedItems skipped) {
        List<WebhookItem> items = new ArrayList<>();
        for (Change change : CloudApiWebhookParser.changes(root)) {
            String itemId = change.field() + " change";
            JsonNode v = change.value();
            switch (change.field()) {
                case "messages" -> messages(change, skipped, items);
                case "message_template_status_update" -> items.add(new TemplateReviewed(itemId, change.businessAccountId(),
                        v.path("message_template_name").asString(null), v.path("message_template_language").asString(null),
                        v.path("event").asString(null), v.path("reason").asString(null)));
                case "template_category_update" -> items.add(new TemplateRecategorised(itemId, change.businessAccountId(),
                        v.path("message_template_name").asString(null), v.path("message_template_language").asString(null),
                        v.path("new_category").asString(null)));
                case "phone_number_quality_update" -> quality(itemId, change, items);
                default -> log.debug("Meta webhook field {} ignored", change.field());
            }
        }
        return items;
    }

    private static void messages(Change change, SkippedItems skipped, List<WebhookItem> items) {
        if (change.phoneNumberId() == null) {
            return;
        }
        for (JsonNode error : change.value().path("errors")) {
            log.warn("Meta reported an error for phone_number_id {}: {} {}", change.phoneNumberId(),
                    error.path("code").asString(""), error.path("title").asString(""));
        }
        ChannelKey channel = new ChannelKey.Setting(CloudApiProvider.PHONE_NUMBER_ID, change.phoneNumberId());
        for (Parsed parsed : CloudApiWebhookParser.events(change.value(), skipped)) {
            boolean file = parsed.mediaId() != null && parsed.event() instanceof InboundMessage;
            items.add(new Received(channel, parsed.event(), file ? new MediaRef(parsed.mediaId(), null) : null));
        }
    }

    /** Meta flagged the number or changed its messaging limit. */
    private static void quality(String itemId, Change change, List<WebhookItem> items) {
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
        items.add(new FactsReported(itemId, new ChannelKey.Setting(CloudApiProvider.BUSINESS_ACCOUNT_ID,
                change.businessAccountId()), number, facts));
    }
}
