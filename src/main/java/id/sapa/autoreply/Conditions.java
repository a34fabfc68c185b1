package id.sapa.autoreply;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Extra conditions a rule needs besides its trigger (seed 002 {@code conditions}, same names). A
 * {@code null} field is no condition. {@code customer_tags}: the contact has at least one of them;
 * {@code message_types}: the message is one of these kinds (text, image, …).
 */
public record Conditions(
        @JsonProperty("is_first_message") Boolean isFirstMessage,
        @JsonProperty("has_order_history") Boolean hasOrderHistory,
        @JsonProperty("customer_tags") List<String> customerTags,
        @JsonProperty("message_count_min") Integer messageCountMin,
        @JsonProperty("message_count_max") Integer messageCountMax,
        @JsonProperty("message_types") List<String> messageTypes) {

    public Conditions {
        customerTags = customerTags == null ? List.of() : List.copyOf(customerTags);
        messageTypes = messageTypes == null ? List.of() : List.copyOf(messageTypes);
    }

    static final Conditions NONE = new Conditions(null, null, null, null, null, null);
}
