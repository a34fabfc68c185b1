package id.sapa.shared;

import java.util.Objects;
import java.util.UUID;

/** A conversation: one per tenant and customer phone number. */
public record ConversationId(UUID value) {

    public ConversationId {
        Objects.requireNonNull(value, "ConversationId");
    }

    public static ConversationId of(String value) {
        return new ConversationId(UUID.fromString(value));
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
