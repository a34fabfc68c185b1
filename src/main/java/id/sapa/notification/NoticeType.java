package id.sapa.notification;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The notices seed 004's billing system sends, each with the values its text may use. Every type
 * also has {@code name} (the customer's), {@code shopName} and {@code customerId}.
 */
public enum NoticeType {
    /** A payment was received (seed 004 {@code send-payment-notification}). */
    PAYMENT_NOTIFICATION("payment_notification", List.of("invoiceId", "amount", "paymentMethod", "paymentId",
            "paymentType", "paidAt")),
    /** A new invoice was issued. */
    INVOICE_NOTIFICATION("invoice_notification", List.of("invoiceId", "amount", "dueDate", "description")),
    /** The third reminder of a late payment. */
    LATE_PAYMENT_REMINDER_3("late_payment_reminder_3", List.of("invoiceId", "amount", "dueDate", "daysLate")),
    /** The fourth, last reminder of a late payment. */
    LATE_PAYMENT_REMINDER_4("late_payment_reminder_4", List.of("invoiceId", "amount", "dueDate", "daysLate")),
    /** A prepaid package is about to expire. */
    PREPAID_EXPIRY("prepaid_expiry", List.of("packageName", "expiresAt", "daysLeft")),
    /** Sapa's answer to a customer who wrote STOP or MULAI: their notices are off, or on again. */
    CONSENT_CONFIRMATION("consent_confirmation", List.of()),
    /** A text the billing system wrote itself ({@code send}, {@code send-bulk} without a template). */
    MESSAGE("message", List.of("message"));

    static final List<String> COMMON = List.of("name", "shopName", "customerId");

    private final String code;
    private final List<String> variables;

    NoticeType(String code, List<String> variables) {
        this.code = code;
        this.variables = variables;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The values this notice's text may name, beside the {@link #COMMON} ones. */
    public List<String> variables() {
        return variables;
    }

    Set<String> allVariables() {
        return Set.copyOf(java.util.stream.Stream.concat(COMMON.stream(), variables.stream()).toList());
    }

    public static Optional<NoticeType> ofCode(String code) {
        for (NoticeType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
