package id.sapa.realtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import id.sapa.channel.ChannelEvents.ChannelStatusChanged;
import id.sapa.channel.ChannelEvents.QrCodeIssued;
import id.sapa.channel.ChannelEvents.SessionExpired;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.MessageKind;
import id.sapa.conversation.ChatMode;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.ConversationEvents.ConversationChanged;
import id.sapa.conversation.ConversationStatus;
import id.sapa.conversation.Priority;
import id.sapa.conversation.SenderType;
import id.sapa.message.Message;
import id.sapa.message.MessageEvents.CustomerTyping;
import id.sapa.message.MessageEvents.MessageStatusChanged;
import id.sapa.message.MessageStatus;

/**
 * What each server → client event carries, field for field as in seed 002 ("WEBSOCKET EVENTS").
 * Absent optional fields are left out rather than sent as {@code null}.
 */
final class Payloads {

    private Payloads() {
    }

    // /whatsapp

    @JsonInclude(Include.NON_NULL)
    record QrCode(String qrCode, long expiresIn) {
    }

    @JsonInclude(Include.NON_NULL)
    record ConnectionStatus(String status, String phoneNumber, String reason) {
    }

    @JsonInclude(Include.NON_NULL)
    record SessionEnded(String reason) {
    }

    static QrCode qrCode(QrCodeIssued event) {
        return new QrCode(event.qrCode(), event.expiresIn());
    }

    static ConnectionStatus connectionStatus(ChannelStatusChanged event) {
        return new ConnectionStatus(connectionStatus(event.status()), event.phoneNumber(), event.reason());
    }

    static SessionEnded sessionExpired(SessionExpired event) {
        return new SessionEnded(event.reason());
    }

    /**
     * Seed 002 knows three connection states. Waiting for the QR scan is part of connecting (the
     * QR itself comes as {@code qr-code}); a logout is a disconnection whose reason says so.
     */
    static String connectionStatus(ChannelStatus status) {
        return switch (status) {
            case QR_PENDING, CONNECTING -> "connecting";
            case CONNECTED -> "connected";
            case DISCONNECTED, LOGOUT -> "disconnected";
        };
    }

    // /messages

    @JsonInclude(Include.NON_NULL)
    record NewMessage(String conversationId, MessageView message) {
    }

    @JsonInclude(Include.NON_NULL)
    record MessageView(String id, SenderType senderType, String senderName, String content, MessageKind messageType,
            String mediaUrl, MessageStatus status, Instant sentAt) {
    }

    @JsonInclude(Include.NON_NULL)
    record MessageStatusUpdated(String messageId, String conversationId, MessageStatus status, Instant timestamp,
            String errorMessage) {
    }

    @JsonInclude(Include.NON_NULL)
    record TypingChanged(String conversationId, boolean isTyping) {
    }

    @JsonInclude(Include.NON_NULL)
    record CsTyping(String conversationId, String userId, String name, boolean isTyping) {
    }

    /** {@code updates} holds only the fields that changed, by their API names. */
    record ConversationUpdated(String conversationId, Map<String, Object> updates) {
    }

    record NewConversation(ConversationView conversation) {
    }

    @JsonInclude(Include.NON_NULL)
    record ConversationView(String id, String customerPhone, String customerUserId, String customerUsername,
            String customerName, String customerAvatar,
            ConversationStatus status, Priority priority, ChatMode mode, int unreadCount, LastMessage lastMessage,
            String assignedCsId, List<String> tags, Instant createdAt) {
    }

    @JsonInclude(Include.NON_NULL)
    record LastMessage(String content, SenderType from, Instant timestamp) {
    }

    static NewMessage newMessage(Message message) {
        // A queued reply has no sentAt yet: the list orders it by when it was written.
        Instant sentAt = message.sentAt() != null ? message.sentAt() : message.createdAt();
        return new NewMessage(message.conversationId().toString(), new MessageView(message.id().toString(),
                message.senderType(), message.senderName(), message.content(), message.messageType(),
                message.mediaUrl(), message.status(), sentAt));
    }

    static MessageStatusUpdated messageStatusUpdated(MessageStatusChanged event) {
        return new MessageStatusUpdated(event.messageId().toString(), event.conversationId().toString(),
                event.status(), event.timestamp(), event.errorMessage());
    }

    static TypingChanged customerTyping(CustomerTyping event) {
        return new TypingChanged(event.conversationId().toString(), event.typing());
    }

    static ConversationUpdated conversationUpdated(ConversationChanged event) {
        return new ConversationUpdated(event.conversationId().toString(), event.updates());
    }

    static NewConversation newConversation(Conversation conversation) {
        LastMessage last = conversation.lastMessageAt() == null ? null
                : new LastMessage(conversation.lastMessageContent(), conversation.lastMessageFrom(),
                        conversation.lastMessageAt());
        return new NewConversation(new ConversationView(conversation.id().toString(),
                conversation.customer().e164(),
                conversation.customer().userId(), conversation.customer().username(), conversation.customerName(),
                conversation.customerAvatarUrl(),
                conversation.status(), conversation.priority(), conversation.mode(), conversation.unreadCount(), last,
                conversation.assignedCsId() == null ? null : conversation.assignedCsId().toString(),
                conversation.tags(), conversation.createdAt()));
    }
}
