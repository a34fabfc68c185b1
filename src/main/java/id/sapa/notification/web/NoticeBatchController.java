package id.sapa.notification.web;

import static id.sapa.notification.web.NoticeFields.IDEMPOTENCY_KEY;
import static id.sapa.notification.web.NoticeFields.bulkCustomerId;
import static id.sapa.notification.web.NoticeFields.key;
import static id.sapa.notification.web.NoticeFields.type;

import java.util.List;
import java.util.Locale;
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

import id.sapa.notification.NoticeType;
import id.sapa.notification.NoticeBatches;
import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Seed 004's {@code send-bulk} and the batches it makes: accepted at once, sent by a durable job at the
 * batch's pace, followed and cancelled here.
 */
@RestController
@RequestMapping("/api/whatsapp")
@Tag(name = "Notifications", description = "Billing notices to the business's customers (seed 004)")
class NoticeBatchController {

    private final NoticeBatches batches;

    NoticeBatchController(NoticeBatches batches) {
        this.batches = batches;
    }

    record RowErrorView(int index, String field, String reason) {
    }

    /** What send-bulk answers at once: the batch to follow, how many rows it took, the ones it refused. */
    record BulkResponse(boolean success, BulkData data) {
    }

    record BulkData(UUID batchId, int accepted, List<RowErrorView> errors, BatchView batch) {
    }

    @PostMapping("/send-bulk")
    @Operation(summary = "Send many notices, paced (answers 202 at once with the batch)",
            description = "Up to 10,000 recipients; `delayMs` between two notices is a minimum (2000 at least from "
                    + "a number linked as a device or through Whapi). Bad rows are answered in `errors` by index and "
                    + "field; the others go. Follow the batch at GET /api/whatsapp/batches/{id}, or by the "
                    + "`notification-batch-progress` event on /whatsapp.")
    ResponseEntity<BulkResponse> sendBulk(@AuthenticationPrincipal Actor actor,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody NoticeRequests.Bulk request, Locale language) {
        NoticeType type = type(request.template(), "template");
        List<NoticeBatches.BulkRow> rows = request.recipients().stream()
                .map(row -> row == null ? null : new NoticeBatches.BulkRow(row.phone(), row.message(),
                        bulkCustomerId(row.customerId())))
                .toList();
        NoticeBatches.BatchAccepted accepted = batches.sendBulk(actor, type, rows,
                request.delayMs() == null ? 0 : request.delayMs(), key(key));
        var response = ResponseEntity.status(accepted.replayed() ? HttpStatus.OK : HttpStatus.ACCEPTED);
        if (accepted.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(new BulkResponse(true, new BulkData(accepted.batch().id(), accepted.accepted(),
                accepted.errors().stream().map(e -> new RowErrorView(e.index(), e.field(), e.reason().in(language))).toList(),
                BatchView.of(accepted.batch()))));
    }

    record BatchResponse(boolean success, BatchView data) {
    }

    record BatchesResponse(boolean success, List<BatchView> data) {
    }

    @GetMapping("/batches")
    @Operation(summary = "The latest batches, newest first")
    BatchesResponse batches(@AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return new BatchesResponse(true, batches.list(actor.tenantId(), limit).stream().map(BatchView::of).toList());
    }

    @GetMapping("/batches/{id}")
    @Operation(summary = "A batch's progress")
    BatchResponse batch(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return new BatchResponse(true, BatchView.of(batches.find(actor.tenantId(), id)
                .orElseThrow(() -> ProblemException.notFound(new Text("Kiriman massal", "Batch"), id))));
    }

    @PostMapping("/batches/{id}/cancel")
    @Operation(summary = "Stop a batch: rows still waiting are cancelled, the ones sent stay sent")
    BatchResponse cancel(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return new BatchResponse(true, BatchView.of(batches.cancel(actor, id)));
    }
}
