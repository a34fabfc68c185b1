package id.sapa.message.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.message.MessageHistory;
import id.sapa.message.MessagePage;
import id.sapa.shared.Actor;
import id.sapa.conversation.Conversations;
import id.sapa.shared.ConversationId;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.MessageId;
import id.sapa.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/messages")
@Tag(name = "Messages", description = "A conversation's messages")
class MessageQueryController {

    private final MessageHistory history;
    private final Conversations conversations;

    MessageQueryController(MessageHistory history, Conversations conversations) {
        this.history = history;
        this.conversations = conversations;
    }

    @GetMapping
    @Operation(summary = "A page of a conversation's messages, oldest first; pass the first message's id as "
            + "`before` to load the page before it")
    MessagePage list(@AuthenticationPrincipal Actor actor,
            @Parameter(required = true) @RequestParam(required = false) UUID conversationId,
            @Parameter(description = "id of a message of the conversation: answer the ones sent before it")
            @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(MessageHistory.MAX_PAGE) int limit) {
        // Checked here rather than by @RequestParam so the 400 names the field like every other one.
        if (conversationId == null) {
            throw ProblemException.invalidField("conversationId", FieldMessages.REQUIRED);
        }
        conversations.getVisible(actor, new ConversationId(conversationId));
        return history.page(actor.tenantId(), new ConversationId(conversationId),
                before == null ? null : new MessageId(before), limit);
    }
}
