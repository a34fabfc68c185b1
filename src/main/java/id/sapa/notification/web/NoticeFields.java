package id.sapa.notification.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import id.sapa.contact.CustomerIds;
import id.sapa.notification.NoticeType;
import id.sapa.notification.NotificationStatus;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/** The request fields seed 004's endpoints share, read the same way everywhere: a bad one is a 400 naming it. */
final class NoticeFields {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private NoticeFields() {
    }

    static NoticeType type(String code, String field) {
        if (code == null || code.isBlank()) {
            return NoticeType.MESSAGE;
        }
        String types = "payment_notification, invoice_notification, late_payment_reminder_3, "
                + "late_payment_reminder_4, prepaid_expiry, message";
        return NoticeType.ofCode(code.strip()).orElseThrow(() -> ProblemException.invalidField(field,
                new Text("harus salah satu dari " + types, "must be one of " + types)));
    }

    static NotificationStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return NotificationStatus.fromCode(code.strip());
        } catch (IllegalArgumentException unknown) {
            String statuses = "pending, sent, delivered, read, failed, skipped, cancelled";
            throw ProblemException.invalidField("status", new Text("harus salah satu dari " + statuses, "must be one of " + statuses));
        }
    }

    static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            throw ProblemException.invalidField(field, new Text("harus berupa waktu, misalnya 2026-12-01T00:00:00+07:00",
                    "must be a time such as 2026-12-01T00:00:00+07:00"));
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
            throw ProblemException.invalidField("customerId", FieldMessages.REQUIRED);
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
            throw ProblemException.invalidField(field, new Text("harus berupa teks 1 sampai 100 karakter atau bilangan bulat",
                    "must be a string of 1 to 100 characters or a whole number"));
        }
        return id;
    }

    static String key(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (key.length() > 255) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, FieldMessages.atMostCharacters(255));
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
