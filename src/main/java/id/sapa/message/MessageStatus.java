package id.sapa.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/**
 * Delivery state of a message. Moves only forward along {@code pending → sent → delivered → read};
 * {@code failed} is reachable only before delivery.
 */
public enum MessageStatus {
    PENDING(0), SENT(1), DELIVERED(2), READ(3), FAILED(1);

    private final int rank;

    MessageStatus(int rank) {
        this.rank = rank;
    }

    /** Whether a receipt saying {@code next} may replace this status. */
    public boolean canMoveTo(MessageStatus next) {
        if (this == FAILED) {
            return false;
        }
        if (next == FAILED) {
            return this == PENDING || this == SENT;
        }
        return next.rank > rank;
    }

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static MessageStatus fromCode(String code) {
        return Codes.parse(MessageStatus.class, code);
    }
}
