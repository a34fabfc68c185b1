package id.sapa.notification.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import id.sapa.contact.CustomerIds;
import id.sapa.notification.NoticeType;
import id.sapa.notification.NotificationStatus;
import id.sapa.shared.ProblemException;

/** The request fields seed 004's endpoints share, read the same way everywhere: a bad one is a 400 naming it. */
final class NoticeFields {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private NoticeFields() {
    }

    static NoticeType type(String code, String field) {
        if (code == null || code.isBlank()) {
            return NoticeType.MESSAGE;
        }
        return NoticeType.ofCode(code.strip()).orElseThrow(() -> ProblemException.invalidField(field,
                "must be one of payment_notification, invoice_notification, late_payment_reminder_3, "
                        + "late_payment_reminder_4, prepaid_expiry, message"));
    }

    static NotificationStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return NotificationStatus.fromCode(code.strip());
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidField("status", "must be one of pending, sent, delivered, read, failed, skipped, cancelled");
        }
    }

    static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            throw ProblemException.invalidField(field, "must be a time such as 2026-12-01T00:00:00+07:00");
        }
    }

    /** A row's customer id: only recorded, so a bad one is left out rather than refusing the row. */
    static String bulkCustomerId(Object value) {
        try {
            String id = CustomerIds.fromJson(value);
            return id == null || id.isBlank() || id.strip().length() > 64 ? null : id.strip();
        } catch (ProblemException notAnId) {
            return null;
        }
    }

    static String customerId(Object value) {
        String id = CustomerIds.fromJson(value);
        if (id == null || id.isBlank()) {
            throw ProblemException.invalidField("customerId", "is required");
        }
        return id.strip();
    }

    /** An invoice or payment id: a string or a whole number, like a customer id. */
    static String id(Object value, String field) {
        String id = switch (value) {
            case String text -> text.strip();
            case Integer number -> number.toString();
            case Long number -> number.toString();
            case java.math.BigInteger number -> number.toString();
            default -> null;
        };
        if (id == null || id.isEmpty() || id.length() > 100) {
            throw ProblemException.invalidField(field, "must be a string of 1 to 100 characters or a whole number");
        }
        return id;
    }

    static String key(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (key.length() > 255) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be at most 255 characters");
        }
        return key;
    }

    static void putIfPresent(Map<String, String> values, String variable, String value) {
        if (value != null && !value.isBlank()) {
            values.put(variable, value.strip());
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
