package id.sapa.notification;

import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/**
 * Where a notice is: seed 004's {@code pending}, {@code sent}, {@code failed}, with the delivery
 * ticks its message earns ({@code delivered}, {@code read}) and {@code skipped} for one refused for the
 * customer's sake, {@code cancelled} for a batch row its batch's cancel stopped. Moves only forward.
 */
public enum NotificationStatus {
    PENDING, SENT, DELIVERED, READ, FAILED, SKIPPED,
    /** A batch row not sent because the batch was cancelled. */
    CANCELLED;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    public static NotificationStatus fromCode(String code) {
        return Codes.parse(NotificationStatus.class, code);
    }
}
