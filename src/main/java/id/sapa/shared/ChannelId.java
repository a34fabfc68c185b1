package id.sapa.shared;

import java.util.Objects;
import java.util.UUID;

/** A tenant's connected WhatsApp number (a session with one provider). */
public record ChannelId(UUID value) {

    public ChannelId {
        Objects.requireNonNull(value, "ChannelId");
    }

    public static ChannelId of(String value) {
        return new ChannelId(UUID.fromString(value));
    }

    public static ChannelId random() {
        return new ChannelId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
