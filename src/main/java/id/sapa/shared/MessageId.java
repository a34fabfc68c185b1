package id.sapa.shared;

import java.util.Objects;
import java.util.UUID;

/** A message in a conversation, inbound or outbound. */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "MessageId");
    }

    public static MessageId of(String value) {
        return new MessageId(UUID.fromString(value));
    }

    /** A new, time-ordered id. */
    public static MessageId next() {
        return new MessageId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
