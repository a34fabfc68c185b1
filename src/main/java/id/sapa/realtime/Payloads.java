package id.sapa.realtime;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import id.sapa.channel.ChannelEvent.ChannelStatusChanged;
import id.sapa.channel.ChannelEvent.QrCodeIssued;
import id.sapa.channel.ChannelEvent.SessionExpired;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.MessageKind;
import id.sapa.conversation.ChatMode;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.ConversationEvent;
import id.sapa.conversation.ConversationEvent.ConversationAssigned;
import id.sapa.conversation.ConversationEvent.ConversationOpened;
import id.sapa.conversation.ConversationEvent.ConversationReopened;
import id.sapa.conversation.ConversationEvent.SnoozeChanged;
import id.sapa.conversation.ConversationEvent.ConversationResolved;
import id.sapa.conversation.ConversationEvent.ConversationsMerged;
import id.sapa.conversation.ConversationEvent.InternalNotesChanged;
import id.sapa.conversation.ConversationEvent.LatestMessageChanged;
import id.sapa.conversation.ConversationEvent.ModeChanged;
import id.sapa.conversation.ConversationEvent.NoteAdded;
import id.sapa.conversation.ConversationEvent.PriorityChanged;
import id.sapa.conversation.ConversationEvent.StatusChanged;
import id.sapa.conversation.ConversationEvent.TagsChanged;
import id.sapa.conversation.ConversationEvent.UnreadCountChanged;
import id.sapa.conversation.ConversationEvent.WindowChanged;
import id.sapa.conversation.ConversationStatus;
import id.sapa.conversation.Priority;
import id.sapa.conversation.SenderType;
import id.sapa.message.Message;
import id.sapa.message.MessageEvent.CustomerTyping;
import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.message.MessageStatus;
import id.sapa.shared.ConversationId;

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
            String errorCode, String errorMessage) {
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
                event.status(), event.timestamp(), event.errorCode(), event.errorMessage());
    }

    static TypingChanged customerTyping(CustomerTyping event) {
        return new TypingChanged(event.conversationId().toString(), event.typing());
    }

    /**
     * What an event changes of what the inbox shows of its conversation: the {@code updates} by the
     * API's field names (codes and ISO-8601 texts as the conversation's JSON has them); {@code null}
     * for the events that are pushed otherwise or not at all.
     */
    static ConversationUpdated conversationUpdated(ConversationEvent event) {
        return switch (event) {
            case ConversationReopened e -> update(e.conversationId(), "status", ConversationStatus.ACTIVE.code());
            case ConversationResolved e -> update(e.conversationId(), "status", ConversationStatus.RESOLVED.code(),
                    "resolvedAt", e.resolvedAt().toString());
            // Leaving "resolved" clears the resolution time, which the screen is told as null.
            case StatusChanged e -> e.leftResolved()
                    ? update(e.conversationId(), "status", e.status().code(), "resolvedAt", null)
                    : update(e.conversationId(), "status", e.status().code());
            case SnoozeChanged e -> update(e.conversationId(), "snoozedUntil", e.until() == null ? null : e.until().toString());
            case PriorityChanged e -> update(e.conversationId(), "priority", e.priority().code());
            case ModeChanged e -> update(e.conversationId(), "mode", e.mode().code());
            case TagsChanged e -> update(e.conversationId(), "tags", e.tags());
            case InternalNotesChanged e -> update(e.conversationId(), "internalNotes", e.internalNotes());
            case ConversationAssigned e -> update(e.conversationId(), "assignedCsId",
                    e.to() == null ? null : e.to().toString());
            case LatestMessageChanged e -> update(e.conversationId(), "lastMessage", lastMessage(e.latest()));
            case UnreadCountChanged e -> update(e.conversationId(), "unreadCount", e.unreadCount());
            case WindowChanged e -> update(e.conversationId(), "windowExpiresAt", e.windowExpiresAt());
            case ConversationOpened e -> null;
            case ConversationsMerged e -> null;
            case NoteAdded e -> null;
        };
    }

    /** A LinkedHashMap: a cleared field is sent as null, which Map.of cannot hold. */
    private static ConversationUpdated update(ConversationId id, Object... fieldsAndValues) {
        Map<String, Object> updates = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            updates.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new ConversationUpdated(id.toString(), updates);
    }

    private static Map<String, Object> lastMessage(ConversationEvent.LastMessage last) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("content", last.content());
        fields.put("from", last.from() == null ? null : last.from().code());
        fields.put("timestamp", last.at().toString());
        return fields;
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
