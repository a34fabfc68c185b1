package id.sapa.shared;

import java.util.Objects;
import java.util.UUID;

/** A customer of a tenant, known by phone number. */
public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "ContactId");
    }

    public static ContactId of(String value) {
        return new ContactId(UUID.fromString(value));
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
