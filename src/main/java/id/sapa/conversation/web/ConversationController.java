package id.sapa.conversation.web;

import java.util.List;
import java.util.UUID;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.conversation.Conversation;
import id.sapa.conversation.ConversationMessages;
import id.sapa.conversation.ConversationPage;
import id.sapa.conversation.ConversationStarts;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.web.ConversationViews.ConversationDetail;
import id.sapa.conversation.web.ConversationViews.ConversationItem;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.ContactId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/conversations")
@Tag(name = "Conversations", description = "The shared inbox: one conversation per customer")
class ConversationController {

    /** How many messages the detail view opens with; older ones come from GET /api/messages. */
    static final int DETAIL_MESSAGES = 50;

    private final Conversations conversations;
    private final ConversationMessages messages;
    private final ConversationViews views;
    private final Operators operators;
    private final ConversationStarts starts;

    ConversationController(Conversations conversations, ConversationMessages messages, ConversationViews views,
            Operators operators, ConversationStarts starts) {
        this.starts = starts;
        this.conversations = conversations;
        this.messages = messages;
        this.views = views;
        this.operators = operators;
    }

    @GetMapping
    @Operation(summary = "List conversations: filter, search, sort and page")
    ConversationList list(@AuthenticationPrincipal Actor actor, @ParameterObject @ModelAttribute ConversationListRequest request) {
        ConversationPage page = conversations.list(actor.tenantId(), request.toQuery(actor));
        return new ConversationList(views.items(actor.tenantId(), page.conversations()),
                new Meta(page.total(), page.page(), page.limit(), page.totalPages()));
    }

    @PostMapping
    @Operation(summary = "Start a conversation with a contact (the contact's one, opened when they have none)",
            description = "Sends nothing: send with POST /api/messages/send, free text inside the 24-hour window and an "
                    + "approved template outside it on the Cloud API. 409 for a blocked contact or one who opted out; "
                    + "404 for another business's contact.")
    ConversationWithMessages start(@AuthenticationPrincipal Actor actor, @RequestBody StartRequest request) {
        if (request.contactId() == null) {
            throw ProblemException.invalidField("contactId", FieldMessages.REQUIRED);
        }
        Conversation conversation = starts.startWith(actor, new ContactId(request.contactId()));
        return new ConversationWithMessages(views.detail(conversation),
                messages.latest(actor.tenantId(), conversation.id(), DETAIL_MESSAGES));
    }

    record StartRequest(UUID contactId) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "One conversation with its customer and latest 50 messages, oldest first")
    ConversationWithMessages get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Conversation conversation = conversations.getVisible(actor, new ConversationId(id));
        return new ConversationWithMessages(views.detail(conversation),
                messages.latest(actor.tenantId(), conversation.id(), DETAIL_MESSAGES));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change status, priority, mode, tags, notes or assignee (assigning others: supervisors)")
    Updated update(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @RequestBody UpdateConversationRequest request) {
        Conversation updated = conversations.update(actor, new ConversationId(id), request.toChanges());
        return new Updated(true, views.detail(updated));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign to a team member (supervisors; operators may take it themselves)")
    Done assign(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody AssignRequest request) {
        if (request.csOperatorId() == null) {
            throw ProblemException.invalidField("csOperatorId", FieldMessages.REQUIRED);
        }
        UserId assignee = new UserId(request.csOperatorId());
        conversations.assign(actor, new ConversationId(id), assignee);
        return new Done(true, "Conversation assigned to " + operators.get(actor.tenantId(), assignee).name());
    }

    @PostMapping("/{id}/unassign")
    @Operation(summary = "Remove the assignee (supervisors; operators may give back their own)")
    Done unassign(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        conversations.unassign(actor, new ConversationId(id));
        return new Done(true, "Conversation unassigned");
    }

    record ConversationList(List<ConversationItem> data, Meta meta) {
    }

    record Meta(long total, int page, int limit, long totalPages) {
    }

    record ConversationWithMessages(ConversationDetail conversation,
            @ArraySchema(schema = @Schema(ref = "#/components/schemas/MessageView")) List<JsonNode> messages) {
    }

    record Updated(boolean success, ConversationDetail conversation) {
    }

    record AssignRequest(UUID csOperatorId) {
    }

    record Done(boolean success, String message) {
    }
}
