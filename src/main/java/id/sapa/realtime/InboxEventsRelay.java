package id.sapa.realtime;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

import id.sapa.conversation.ConversationEvents.ConversationChanged;
import id.sapa.conversation.ConversationEvents.ConversationOpened;
import id.sapa.message.Message;
import id.sapa.message.MessageEvents.CustomerTyping;
import id.sapa.message.MessageEvents.MessageQueued;
import id.sapa.message.MessageEvents.MessageReceived;
import id.sapa.message.MessageEvents.MessageStatusChanged;

/**
 * Pushes the conversation and message modules' events to the tenant's sockets on
 * {@code /messages}, once the change committed (or at once when it was published outside a
 * transaction). All of them go to the tenant room, none to a conversation room only: the inbox
 * list shows every conversation's latest message, unread count, ticks and "typing…", not just the
 * open one's.
 */
@Component
class InboxEventsRelay {

    private final TenantBroadcast broadcast;

    InboxEventsRelay(TenantBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    @EventListener
    void on(MessageReceived event) {
        newMessage(event.message());
    }

    /** The team's own replies appear at once in every colleague's window, before they are sent. */
    @EventListener
    void on(MessageQueued event) {
        newMessage(event.message());
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
        broadcast.send(MessagesGateway.PATH, event.conversation().tenantId(), "new-conversation",
                () -> Payloads.newConversation(event.conversation()));
    }

    @EventListener
    void on(ConversationChanged event) {
        broadcast.send(MessagesGateway.PATH, event.tenantId(), "conversation-updated",
                () -> Payloads.conversationUpdated(event));
    }

    private void newMessage(Message message) {
        broadcast.sendAbout(MessagesGateway.PATH, message.tenantId(), message.conversationId(), "new-message",
                () -> Payloads.newMessage(message));
    }
}
