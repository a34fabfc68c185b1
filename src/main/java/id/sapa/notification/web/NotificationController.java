package id.sapa.notification.web;

import static id.sapa.notification.web.NoticeFields.IDEMPOTENCY_KEY;
import static id.sapa.notification.web.NoticeFields.blank;
import static id.sapa.notification.web.NoticeFields.blankToNull;
import static id.sapa.notification.web.NoticeFields.customerId;
import static id.sapa.notification.web.NoticeFields.id;
import static id.sapa.notification.web.NoticeFields.instant;
import static id.sapa.notification.web.NoticeFields.key;
import static id.sapa.notification.web.NoticeFields.putIfPresent;
import static id.sapa.notification.web.NoticeFields.status;
import static id.sapa.notification.web.NoticeFields.type;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.contact.CustomerIds;
import id.sapa.notification.NoticeRequest;
import id.sapa.notification.NoticeType;
import id.sapa.notification.NotificationLog;
import id.sapa.notification.NotificationStats;
import id.sapa.notification.NotificationStatus;
import id.sapa.notification.Notifications;
import id.sapa.notification.Notifications.HistoryFilter;
import id.sapa.shared.Actor;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 004's billing-notification API under {@code /api/whatsapp}, for a billing system calling with an
 * API key ({@code notifications:send}, {@code notifications:read}) or for the team. Every send answers
 * the notice's log entry: 201 when this call logged it, 200 with {@code Idempotent-Replayed: true} when
 * it was a retry of a request already answered. {@code success} says whether the notice is on its way.
 */
@RestController
@RequestMapping("/api/whatsapp")
@Tag(name = "Notifications", description = "Billing notices to the business's customers (seed 004)")
class NotificationController {

    private final Notifications notifications;
    private final JsonMapper json;

    NotificationController(Notifications notifications, JsonMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    /** What every send answers. */
    record SendResponse(boolean success, String message, NotificationView data) {
    }

    @PostMapping("/send")
    @Operation(summary = "Send a text to a number",
            description = "`template` names the notice type the text is logged as (default `message`). 400 naming "
                    + "`phone` for a number that is not one.")
    ResponseEntity<SendResponse> send(@AuthenticationPrincipal Actor actor,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody NoticeRequests.Send request) {
        NoticeType type = type(request.template(), "template");
        if (blank(request.message()) && type == NoticeType.MESSAGE) {
            throw ProblemException.invalidField("message", FieldMessages.REQUIRED);
        }
        return answer(notifications.send(actor, NoticeRequest.single(type, PhoneNumber.parseField(request.phone(), "phone"),
                CustomerIds.fromJson(request.customerId()), blankToNull(request.message()), Map.of(), key(key),
                hash(request), null)));
    }

    @PostMapping("/send-to-customer")
    @Operation(summary = "Send a text, or a notice type's own text, to a customer by the billing system's id",
            description = "404 for a customer id no contact has (set it with PUT /api/contacts/by-customer-id/{id}).")
    ResponseEntity<SendResponse> sendToCustomer(@AuthenticationPrincipal Actor actor,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody NoticeRequests.SendToCustomer request) {
        NoticeType type = type(request.template(), "template");
        if (blank(request.message()) && type == NoticeType.MESSAGE) {
            throw ProblemException.invalidField("message", new Text("wajib diisi bila tanpa template", "is required without a template"));
        }
        return answer(notifications.send(actor, NoticeRequest.single(type, null, customerId(request.customerId()),
                blankToNull(request.message()), Map.of(), key(key), hash(request), null)));
    }

    @PostMapping("/send-payment-notification")
    @Operation(summary = "Tell a customer their payment was received",
            description = "Sent once per paymentId (or invoiceId without one): a retry answers the first result.")
    ResponseEntity<SendResponse> payment(@AuthenticationPrincipal Actor actor,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody NoticeRequests.Payment request) {
        String invoiceId = id(request.invoiceId(), "invoiceId");
        String paymentId = request.paymentId() == null ? null : id(request.paymentId(), "paymentId");
        Map<String, String> values = new HashMap<>();
        values.put("invoiceId", invoiceId);
        values.put("amount", request.amount().toPlainString());
        values.put("paymentMethod", request.paymentMethod().strip());
        putIfPresent(values, "paymentId", paymentId);
        putIfPresent(values, "paymentType", request.paymentType());
        putIfPresent(values, "paidAt", request.paidAt());
        return answer(notifications.send(actor, NoticeRequest.single(NoticeType.PAYMENT_NOTIFICATION, null,
                customerId(request.customerId()), null, values, key(key), hash(request),
                NoticeType.PAYMENT_NOTIFICATION.code() + ":" + (paymentId != null ? "payment:" + paymentId
                        : "invoice:" + invoiceId))));
    }

    @PostMapping("/send-invoice-notification")
    @Operation(summary = "Tell a customer about a new invoice", description = "Sent once per invoiceId.")
    ResponseEntity<SendResponse> invoice(@AuthenticationPrincipal Actor actor,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody NoticeRequests.Invoice request) {
        String invoiceId = id(request.invoiceId(), "invoiceId");
        Map<String, String> values = new HashMap<>();
        values.put("invoiceId", invoiceId);
        values.put("amount", request.amount().toPlainString());
        values.put("dueDate", request.dueDate().strip());
        putIfPresent(values, "description", request.description());
        return answer(notifications.send(actor, NoticeRequest.single(NoticeType.INVOICE_NOTIFICATION, null,
                customerId(request.customerId()), null, values, key(key), hash(request),
                NoticeType.INVOICE_NOTIFICATION.code() + ":" + invoiceId)));
    }

    @PostMapping("/send-late-payment-reminder")
    @Operation(summary = "Remind a customer of a late payment (seed 004's 3rd and 4th reminders)",
            description = "`reminder` 3 or 4; each reminder is sent once per invoiceId.")
    ResponseEntity<SendResponse> latePayment(@AuthenticationPrincipal Actor actor,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody NoticeRequests.LatePayment request) {
        String invoiceId = id(request.invoiceId(), "invoiceId");
        NoticeType type = request.reminder() == 3 ? NoticeType.LATE_PAYMENT_REMINDER_3 : NoticeType.LATE_PAYMENT_REMINDER_4;
        Map<String, String> values = new HashMap<>();
        values.put("invoiceId", invoiceId);
        values.put("amount", request.amount().toPlainString());
        values.put("dueDate", request.dueDate().strip());
        values.put("daysLate", request.daysLate().toString());
        return answer(notifications.send(actor, NoticeRequest.single(type, null, customerId(request.customerId()), null,
                values, key(key), hash(request), type.code() + ":" + invoiceId)));
    }

    @PostMapping("/send-prepaid-expiry-notification")
    @Operation(summary = "Tell a customer their prepaid package is about to expire",
            description = "Sent once per customer, package and expiry date.")
    ResponseEntity<SendResponse> prepaidExpiry(@AuthenticationPrincipal Actor actor,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody NoticeRequests.PrepaidExpiry request) {
        String customerId = customerId(request.customerId());
        Map<String, String> values = new HashMap<>();
        values.put("packageName", request.packageName().strip());
        values.put("expiresAt", request.expiresAt().strip());
        putIfPresent(values, "daysLeft", request.daysLeft() == null ? null : request.daysLeft().toString());
        return answer(notifications.send(actor, NoticeRequest.single(NoticeType.PREPAID_EXPIRY, null, customerId, null,
                values, key(key), hash(request), NoticeType.PREPAID_EXPIRY.code() + ":" + customerId + ":"
                        + request.packageName().strip() + ":" + request.expiresAt().strip())));
    }

    /** A page of history and where the next one starts. */
    record HistoryResponse(boolean success, List<NotificationView> data, String nextCursor) {
    }

    @GetMapping("/history")
    @Operation(summary = "The notices sent, newest first",
            description = "Pass `nextCursor` as `before` for the next page. `from`/`to` are instants (ISO-8601).")
    HistoryResponse history(@AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(required = false) String customerId,
            @Parameter(description = "pending, sent, delivered, read, failed, skipped, cancelled")
            @RequestParam(required = false) String status,
            @Parameter(description = "payment_notification, invoice_notification, late_payment_reminder_3, "
                    + "late_payment_reminder_4, prepaid_expiry, message")
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID batchId, @RequestParam(required = false) UUID before) {
        NotificationLog cursor = before == null ? null : notifications.find(actor.tenantId(), before)
                .orElseThrow(() -> ProblemException.invalidField("before",
                        new Text("bukan notifikasi milik usaha ini", "is not a notice of this business")));
        List<NotificationLog> page = notifications.history(actor.tenantId(), new HistoryFilter(
                customerId == null || customerId.isBlank() ? null : customerId.strip(), status(status),
                type == null || type.isBlank() ? null : type(type, "type"), instant(from, "from"), instant(to, "to"),
                batchId, cursor == null ? null : cursor.createdAt(), cursor == null ? null : cursor.id()), limit);
        return new HistoryResponse(true, page.stream().map(NotificationView::of).toList(),
                page.size() < limit ? null : page.getLast().id().toString());
    }

    @GetMapping("/history/{id}")
    @Operation(summary = "One notice")
    SendResponse notice(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        NotificationLog log = notifications.find(actor.tenantId(), id)
                .orElseThrow(() -> ProblemException.notFound(new Text("Notifikasi", "Notice"), id));
        return new SendResponse(true, null, NotificationView.of(log));
    }

    record StatsResponse(boolean success, NotificationStats data, Instant from, Instant to) {
    }

    @GetMapping("/stats")
    @Operation(summary = "How many notices were sent, failed, pending, skipped; the success rate",
            description = "Over all time, or `period` today|7d|30d (in the business's time zone for today), or `from`/`to`.")
    StatsResponse stats(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String period,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Instant start = instant(from, "from");
        Instant end = instant(to, "to");
        if (period != null && !period.isBlank()) {
            start = notifications.periodStart(actor.tenantId(), period.strip());
            end = null;
        }
        return new StatsResponse(true, notifications.stats(actor.tenantId(), start, end), start, end);
    }

    private ResponseEntity<SendResponse> answer(Notifications.Sent sent) {
        NotificationLog log = sent.log();
        boolean onItsWay = log.status() != NotificationStatus.FAILED && log.status() != NotificationStatus.SKIPPED;
        String message = onItsWay ? "Notice queued" : log.errorMessage();
        var response = ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK);
        if (!sent.created()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(new SendResponse(onItsWay, message, NotificationView.of(log)));
    }


    /** The request as JSON, hashed: a retry with the same key must carry the same request. */
    private byte[] hash(Object request) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
