package id.sapa.notification.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The request bodies of seed 004's endpoints; a {@code customerId} may be a string or a whole number. */
final class NoticeRequests {

    private NoticeRequests() {
    }

    /** {@code template} names the notice type the text is logged as (default {@code message}). */
    record Send(@NotBlank @Size(max = 40) @Schema(example = "081234567890") String phone,
            @Size(max = 4096) @Schema(example = "Pembayaran Anda sudah kami terima. Terima kasih!") String message,
            @Schema(example = "123", type = "string") Object customerId,
            @Schema(example = "payment_notification") String template) {
    }

    record SendToCustomer(@NotNull @Schema(example = "123", type = "string") Object customerId,
            @Size(max = 4096) String message, @Schema(example = "payment_notification") String template) {
    }

    record Payment(@NotNull @Schema(example = "123", type = "string") Object customerId,
            @NotNull @Schema(example = "456", type = "string") Object invoiceId,
            @NotNull @PositiveOrZero @Schema(example = "100000") BigDecimal amount,
            @NotBlank @Size(max = 60) @Schema(example = "transfer") String paymentMethod,
            @Schema(example = "789", type = "string") Object paymentId,
            @Size(max = 30) @Schema(example = "full") String paymentType,
            @Schema(example = "2026-12-05T10:00:00+07:00") String paidAt) {
    }

    record Invoice(@NotNull @Schema(example = "123", type = "string") Object customerId,
            @NotNull @Schema(example = "INV-2026-12-001", type = "string") Object invoiceId,
            @NotNull @PositiveOrZero @Schema(example = "150000") BigDecimal amount,
            @NotBlank @Schema(example = "2026-12-10") String dueDate,
            @Size(max = 300) @Schema(example = "Internet 20 Mbps, Desember 2026") String description) {
    }

    /** {@code reminder} is 3 or 4: seed 004's third and fourth late-payment reminders. */
    record LatePayment(@NotNull @Schema(example = "123", type = "string") Object customerId,
            @NotNull @Schema(example = "INV-2026-11-001", type = "string") Object invoiceId,
            @NotNull @PositiveOrZero @Schema(example = "150000") BigDecimal amount,
            @NotBlank @Schema(example = "2026-11-10") String dueDate,
            @NotNull @PositiveOrZero @Max(3650) @Schema(example = "14") Integer daysLate,
            @NotNull @Min(3) @Max(4) @Schema(example = "3") Integer reminder) {
    }

    record PrepaidExpiry(@NotNull @Schema(example = "123", type = "string") Object customerId,
            @NotBlank @Size(max = 100) @Schema(example = "Paket Hemat 30 Hari") String packageName,
            @NotBlank @Schema(example = "2026-12-08") String expiresAt,
            @PositiveOrZero @Max(3650) @Schema(example = "3") Integer daysLeft) {
    }

    record Bulk(@NotNull @Size(min = 1, max = 10_000, message = "{sapa.Size.items}") List<BulkRow> recipients,
            @PositiveOrZero @Max(3_600_000) @Schema(example = "2000") Integer delayMs,
            @Schema(example = "message") String template) {
    }

    record BulkRow(@Schema(example = "081234567890") String phone, @Schema(example = "Pesan 1") String message,
            @Schema(example = "123", type = "string") Object customerId) {
    }
}
