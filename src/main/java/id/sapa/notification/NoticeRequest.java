package id.sapa.notification;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import id.sapa.shared.PhoneNumber;

/**
 * One notice a billing system asked for.
 *
 * @param phone          the number to send to; null to send to the contact with {@code customerId}
 * @param customerId     the billing system's customer id; with {@code phone} only recorded
 * @param message        the text to send instead of the notice type's own text, or null
 * @param values         the notice's values by variable name, already written for people ("Rp 100.000")
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 * @param requestHash    the hash of the request that brought the key, to tell a retry from a reuse
 * @param naturalKey     what makes the notice itself unique (type and invoice or payment id), or null
 */
public record NoticeRequest(NoticeType type, PhoneNumber phone, String customerId, String message,
        Map<String, String> values, String idempotencyKey, byte[] requestHash, String naturalKey, UUID batchId,
        Integer batchIndex) {

    public NoticeRequest {
        Objects.requireNonNull(type, "type");
        if (phone == null && customerId == null) {
            throw new IllegalArgumentException("a notice needs a phone or a customer id");
        }
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static NoticeRequest single(NoticeType type, PhoneNumber phone, String customerId, String message,
            Map<String, String> values, String idempotencyKey, byte[] requestHash, String naturalKey) {
        return new NoticeRequest(type, phone, customerId, message, values, idempotencyKey, requestHash, naturalKey,
                null, null);
    }
}
