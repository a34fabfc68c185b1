package id.sapa.autoreply;

import java.util.UUID;

import id.sapa.conversation.Priority;
import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** What the auto-reply module tells the others, published inside the sending transaction. */
public sealed interface AutoReplyEvent {

    TenantId tenantId();

    /**
     * A rule handed a conversation to the team (a complaint, a menu's "talk to us").
     *
     * @param assignee the user it was assigned to, null when it waits in the unassigned queue
     * @param reason   the rule's route condition (complaint, urgent, technical), or null
     */
    record ConversationRouted(TenantId tenantId, ConversationId conversationId, UUID ruleId, UserId assignee,
            Priority priority, String reason) implements AutoReplyEvent {
    }
}
