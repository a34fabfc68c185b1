package id.sapa.conversation;

import java.time.Instant;
import java.util.List;

import id.sapa.shared.ContactId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * What happened to a conversation, published inside the changing transaction: one record per
 * thing that happened, with the ids and the few values listeners need. A listener that needs the
 * whole conversation reads it through {@link Conversations} after the commit.
 */
public sealed interface ConversationEvent {

    TenantId tenantId();

    /** The latest message as the inbox list shows it. */
    record LastMessage(String content, SenderType from, Instant at) {

        static LastMessage of(Conversation conversation) {
            return new LastMessage(conversation.lastMessageContent(), conversation.lastMessageFrom(),
                    conversation.lastMessageAt());
        }
    }

    /** A customer wrote for the first time: the conversation now exists. */
    record ConversationOpened(TenantId tenantId, ConversationId conversationId, ContactId contactId)
            implements ConversationEvent {
    }

    /** The customer wrote into a resolved or closed conversation: it is active again. */
    record ConversationReopened(TenantId tenantId, ConversationId conversationId) implements ConversationEvent {
    }

    /** The team resolved the conversation at {@code resolvedAt}. */
    record ConversationResolved(TenantId tenantId, ConversationId conversationId, Instant resolvedAt)
            implements ConversationEvent {
    }

    /**
     * The team moved the conversation to another status than resolved.
     *
     * @param leftResolved it was resolved before, so it has no resolution time any more
     */
    record StatusChanged(TenantId tenantId, ConversationId conversationId, ConversationStatus status,
            boolean leftResolved) implements ConversationEvent {
    }

    /** Put aside until {@code until}, or (null) no longer: open again, by a person, the time or the customer. */
    record SnoozeChanged(TenantId tenantId, ConversationId conversationId, Instant until) implements ConversationEvent {
    }

    record PriorityChanged(TenantId tenantId, ConversationId conversationId, Priority priority)
            implements ConversationEvent {
    }

    /** Who answers: the bot, a person, or nobody for now. */
    record ModeChanged(TenantId tenantId, ConversationId conversationId, ChatMode mode) implements ConversationEvent {
    }

    record TagsChanged(TenantId tenantId, ConversationId conversationId, List<String> tags)
            implements ConversationEvent {

        public TagsChanged {
            tags = List.copyOf(tags);
        }
    }

    /** @param internalNotes the team's notes field, {@code null} once cleared */
    record InternalNotesChanged(TenantId tenantId, ConversationId conversationId, String internalNotes)
            implements ConversationEvent {
    }

    /**
     * The conversation was handed over; tells the new assignee and keeps operators' workloads.
     *
     * @param from the previous assignee, {@code null} when it was unassigned
     * @param to   the new assignee, {@code null} when it went back to the queue
     * @param by   the user who made the change, {@code null} when Sapa assigned it automatically or an
     *             auto-reply rule routed it
     */
    record ConversationAssigned(TenantId tenantId, ConversationId conversationId, UserId from, UserId to, UserId by)
            implements ConversationEvent {
    }

    /** A message was counted as the conversation's latest (a customer's, the team's, or after a merge). */
    record LatestMessageChanged(TenantId tenantId, ConversationId conversationId, LastMessage latest)
            implements ConversationEvent {
    }

    /** How many customer messages the team has not read yet. */
    record UnreadCountChanged(TenantId tenantId, ConversationId conversationId, int unreadCount)
            implements ConversationEvent {
    }

    /** Until when the business may write freely (WhatsApp's 24-hour window), {@code null} when it never opened. */
    record WindowChanged(TenantId tenantId, ConversationId conversationId, Instant windowExpiresAt)
            implements ConversationEvent {
    }

    /**
     * Two conversations turned out to be one customer's: {@code from} is joined into {@code into}
     * and deleted once the listeners (called in the joining transaction) have moved what they keep of it.
     */
    record ConversationsMerged(TenantId tenantId, ConversationId from, ConversationId into)
            implements ConversationEvent {
    }

    /** A team member left a note on a conversation: for the team's screens only. */
    record NoteAdded(Note note) implements ConversationEvent {

        @Override
        public TenantId tenantId() {
            return note.tenantId();
        }
    }
}
