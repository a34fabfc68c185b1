package id.sapa.notification.web;

import java.util.HashMap;
import java.util.Map;

import id.sapa.notification.NoticeType;

/** Values a preview shows where the person editing gave none: a realistic customer and invoice. */
final class NoticeExamples {

    private NoticeExamples() {
    }

    static Map<String, String> of(NoticeType type) {
        Map<String, String> values = new HashMap<>(Map.of("name", "Budi Santoso", "customerId", "123"));
        switch (type) {
            case PAYMENT_NOTIFICATION -> values.putAll(Map.of("invoiceId", "INV-2026-12-001", "amount", "Rp 150.000",
                    "paymentMethod", "transfer", "paymentId", "789", "paymentType", "full", "paidAt", "5 Desember 2026"));
            case INVOICE_NOTIFICATION -> values.putAll(Map.of("invoiceId", "INV-2026-12-001", "amount", "Rp 150.000",
                    "dueDate", "10 Desember 2026", "description", "Internet 20 Mbps, Desember 2026"));
            case LATE_PAYMENT_REMINDER_3, LATE_PAYMENT_REMINDER_4 -> values.putAll(Map.of("invoiceId",
                    "INV-2026-11-001", "amount", "Rp 150.000", "dueDate", "10 November 2026", "daysLate", "14"));
            case PREPAID_EXPIRY -> values.putAll(Map.of("packageName", "Paket Hemat 30 Hari", "expiresAt",
                    "8 Desember 2026", "daysLeft", "3"));
            case MESSAGE -> values.put("message", "Pesan dari sistem tagihan");
        }
        return values;
    }
}
