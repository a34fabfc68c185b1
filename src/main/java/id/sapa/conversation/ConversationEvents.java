package id.sapa.conversation;

import java.util.Map;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** What the conversation module tells the others, published inside the changing transaction. */
public final class ConversationEvents {

    private ConversationEvents() {
    }

    /** A customer wrote for the first time: the conversation now exists. */
    public record ConversationOpened(Conversation conversation) {
    }

    /**
     * A conversation changed; {@code updates} holds the changed fields by their API names
     * (status, priority, mode, assignedCsId, tags, unreadCount, lastMessage…).
     */
    public record ConversationChanged(TenantId tenantId, ConversationId conversationId, Map<String, Object> updates) {
    }

    /**
     * The conversation was handed over (also published as a {@link ConversationChanged} of
     * {@code assignedCsId}); tells the new assignee and keeps operators' workloads.
     *
     * @param from the previous assignee, {@code null} when it was unassigned
     * @param to   the new assignee, {@code null} when it was unassigned
     * @param by   the user who made the change, {@code null} when Sapa assigned it automatically or an
     *             auto-reply rule routed it
     */
    public record ConversationAssigned(TenantId tenantId, ConversationId conversationId, UserId from, UserId to,
            UserId by) {
    }

    /**
     * Two conversations turned out to be one customer's: {@code from} is joined into {@code into}
     * and deleted once the listeners (called in the joining transaction) have moved what they keep of it.
     */
    public record ConversationsMerged(TenantId tenantId, ConversationId from, ConversationId into) {
    }

    /** A team member left a note on a conversation: for the team's screens only. */
    public record NoteAdded(Note note) {
    }
}
