package id.sapa.quickreply.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.quickreply.ExampleText;
import id.sapa.quickreply.QuickReplies;
import id.sapa.quickreply.QuickReply;
import id.sapa.quickreply.QuickReplyDraft;
import id.sapa.shared.Actor;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/quick-replies")
@Tag(name = "Quick replies", description = "Ready-made answers picked by shortcut while chatting")
class QuickReplyController {

    private final QuickReplies quickReplies;

    QuickReplyController(QuickReplies quickReplies) {
        this.quickReplies = quickReplies;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a quick reply",
            description = "Global ones (the default) are for supervisors, admins and owners; anyone who answers chats "
                    + "may keep personal ones (isGlobal=false). 409 when the shortcut is taken in the business.")
    Saved create(@AuthenticationPrincipal Actor actor, @RequestBody QuickReplyRequest request) {
        return new Saved(true, QuickReplyView.of(quickReplies.create(actor, request.toDraft(null))));
    }

    @GetMapping
    @Operation(summary = "List the quick replies the caller can use",
            description = "search: shortcuts starting with it first (with or without the slash), then those containing it "
                    + "in the shortcut, title or text; the most used first within each group. category: in any case "
                    + "(\"pengiriman\" finds \"Pengiriman\"). A business's first list gives it a few starters in its "
                    + "language; one that needs the business's own facts is off, with needsOwnText, until they are written.")
    QuickReplyList list(@AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Schema(example = "Pengiriman") String category,
            @RequestParam(required = false) @Schema(example = "/gr") String search,
            @RequestParam(defaultValue = "false") boolean includeInactive) {
        if (search != null && search.length() > 100) {
            throw ProblemException.invalidField("search", FieldMessages.atMostCharacters(100));
        }
        return new QuickReplyList(quickReplies.list(actor, category, search, includeInactive).stream()
                .map(QuickReplyView::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One quick reply")
    QuickReplyView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return QuickReplyView.of(quickReplies.get(actor, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a quick reply", description = "Fields left out keep their current value.")
    Saved update(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody QuickReplyRequest request) {
        QuickReply current = quickReplies.get(actor, id);
        return new Saved(true, QuickReplyView.of(quickReplies.update(actor, id, request.toDraft(current))));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a quick reply")
    void delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        quickReplies.delete(actor, id);
    }

    record QuickReplyRequest(
            @Schema(example = "/greeting") String shortcut,
            @Schema(example = "Salam pembuka") String title,
            @Schema(example = "Halo kak {{name}}, ada yang bisa kami bantu?") String message,
            @Schema(example = "Pengiriman", description = "Kept as typed") String category,
            List<String> tags,
            @Schema(defaultValue = "true") Boolean isGlobal,
            @Schema(defaultValue = "true") Boolean isActive) {

        /** @param current the quick reply being replaced, whose values fill the fields left out */
        QuickReplyDraft toDraft(QuickReply current) {
            return new QuickReplyDraft(
                    shortcut != null || current == null ? shortcut : current.shortcut(),
                    title != null || current == null ? title : current.title(),
                    message != null || current == null ? message : current.message(),
                    category != null || current == null ? category : current.category(),
                    tags != null || current == null ? tags : current.tags(),
                    isGlobal != null ? isGlobal : current == null || current.global(),
                    isActive != null ? isActive : current == null || current.active());
        }
    }

    record Saved(boolean success, QuickReplyView quickReply) {
    }

    record QuickReplyList(List<QuickReplyView> quickReplies) {
    }

    /**
     * @param needsOwnText the message still holds an example in [brackets] (a starter the business has not
     *                     written yet): it cannot be switched on
     */
    record QuickReplyView(String id, String shortcut, String title, String message, String category, List<String> tags,
            int useCount, Instant lastUsedAt, boolean isActive, boolean isGlobal, boolean needsOwnText, String createdBy,
            Instant createdAt, Instant updatedAt) {

        static QuickReplyView of(QuickReply reply) {
            return new QuickReplyView(reply.id().toString(), reply.shortcut(), reply.title(), reply.message(),
                    reply.category(), reply.tags(), reply.useCount(), reply.lastUsedAt(), reply.active(), reply.global(),
                    ExampleText.in(reply.message()), reply.createdBy() == null ? null : reply.createdBy().toString(),
                    reply.createdAt(), reply.updatedAt());
        }
    }
}
