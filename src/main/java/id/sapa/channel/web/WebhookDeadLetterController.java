package id.sapa.channel.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.channel.internal.WebhookDeadLetters;
import id.sapa.channel.internal.WebhookDeadLetters.DeadLetter;
import id.sapa.channel.internal.WebhookDeadLetters.DeadLetterPage;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/whatsapp/webhook-dead-letters")
@Tag(name = "WhatsApp", description = "Link, unlink and watch the business's WhatsApp number")
class WebhookDeadLetterController {

    static final int MAX_LIMIT = 100;

    private final WebhookDeadLetters deadLetters;

    WebhookDeadLetterController(WebhookDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Provider notices Sapa gave up on",
            description = "A notice from WhatsApp whose messages still could not be stored after the last attempt, newest "
                    + "first: which items failed and why, never the notice itself. The other messages of the same notice "
                    + "were stored.")
    DeadLetterList list(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_LIMIT) int limit) {
        return DeadLetterList.of(deadLetters.list(actor.tenantId(), page, limit));
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Process a notice again",
            description = "The notice leaves the list and is processed again at once; messages already stored are not "
                    + "stored twice. If it fails again it comes back after the usual attempts. 404 for an id that is not "
                    + "this business's.")
    Retried retry(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        deadLetters.retry(actor.tenantId(), id);
        return new Retried(true);
    }

    record DeadLetterList(List<DeadLetterView> data, Meta meta) {

        static DeadLetterList of(DeadLetterPage page) {
            return new DeadLetterList(page.deadLetters().stream().map(DeadLetterView::of).toList(),
                    new Meta(page.total(), page.page(), page.limit(), page.totalPages()));
        }

        record Meta(long total, int page, int limit, long totalPages) {
        }
    }

    /**
     * @param lastError the items that failed in the last attempt, one a line: the provider's id of
     *                  each and the reason
     */
    record DeadLetterView(UUID id, ProviderType provider, int attempts,
            @Schema(example = "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA: PSQLException: ERROR: timestamp out of range")
            String lastError, Instant firstFailedAt, Instant deadAt) {

        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id(), d.provider(), d.attempts(), d.lastError(), d.firstFailedAt(), d.deadAt());
        }
    }

    record Retried(boolean success) {
    }
}
