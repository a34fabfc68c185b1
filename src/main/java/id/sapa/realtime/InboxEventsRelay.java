package id.sapa.realtime;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.sapa.conversation.ConversationEvent;
import id.sapa.conversation.ConversationEvent.ConversationOpened;
import id.sapa.conversation.Conversations;
import id.sapa.message.MessageEvent.CustomerTyping;
import id.sapa.message.MessageEvent.MessageQueued;
import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.message.MessageHistory;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/**
 * Pushes the conversation and message modules' events to the tenant's sockets on
 * {@code /messages}, once the change committed (or at once when it was published outside a
 * transaction). All of them go to the tenant room, none to a conversation room only: the inbox
 * list shows every conversation's latest message, unread count, ticks and "typing…", not just the
 * open one's. What a push shows in full (a new message, a new conversation) is read after the
 * commit, and only when some screen of the tenant is open.
 */
@Component
class InboxEventsRelay {

    private final TenantBroadcast broadcast;
    private final ConversationUpdates updates;
    private final MessageHistory messages;
    private final Conversations conversations;

    InboxEventsRelay(TenantBroadcast broadcast, ConversationUpdates updates, MessageHistory messages,
            Conversations conversations) {
        this.broadcast = broadcast;
        this.updates = updates;
        this.messages = messages;
        this.conversations = conversations;
    }

    @EventListener
    void on(MessageReceived event) {
        newMessage(event.tenantId(), event.conversationId(), event.messageId());
    }

    /** The team's own replies appear at once in every colleague's window, before they are sent. */
    @EventListener
    void on(MessageQueued event) {
        newMessage(event.tenantId(), event.conversationId(), event.messageId());
    }

    @EventListener
    void on(MessageStatusChanged event) {
        broadcast.send(MessagesGateway.PATH, event.tenantId(), "message-status-updated",
                () -> Payloads.messageStatusUpdated(event));
    }

    @EventListener
    void on(CustomerTyping event) {
        broadcast.sendAbout(MessagesGateway.PATH, event.tenantId(), event.conversationId(), "customer-typing",
                () -> Payloads.customerTyping(event));
    }

    @EventListener
    void on(ConversationOpened event) {
        broadcast.send(MessagesGateway.PATH, event.tenantId(), "new-conversation",
                () -> conversations.find(event.tenantId(), event.conversationId()).map(Payloads::newConversation)
                        .orElse(null));
    }

    /** Every change of what the inbox list shows; one push per conversation and transaction. */
    @EventListener
    void on(ConversationEvent event) {
        Payloads.ConversationUpdated update = Payloads.conversationUpdated(event);
        if (update != null) {
            updates.put(event.tenantId(), update);
        }
    }

    private void newMessage(TenantId tenantId, ConversationId conversationId, MessageId messageId) {
        broadcast.sendAbout(MessagesGateway.PATH, tenantId, conversationId, "new-message",
                () -> messages.find(tenantId, messageId).map(Payloads::newMessage).orElse(null));
    }
}
