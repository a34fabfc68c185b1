package id.sapa.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.spi.MessageKind;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.SenderType;
import id.sapa.message.MediaLibrary.StoredMedia;
import id.sapa.message.Message.Direction;
import id.sapa.message.MessageEvents.MessageQueued;
import id.sapa.message.MessageEvents.MessageStatusChanged;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;

/**
 * The message module's API for the team: send, retry, mark read, and read media. A send is a
 * pending row and a durable job committed together; the job talks to WhatsApp afterwards.
 */
@Service
public class Messages {

    static final String NOT_CONNECTED = "WhatsApp is not connected; connect the number and retry this message";

    private final MessageRepository messages;
    private final Conversations conversations;
    private final Contacts contacts;
    private final Channels channels;
    private final Operators operators;
    private final MediaLibrary media;
    private final SendMessageJob sendJob;
    private final ReadReceiptJob readReceipts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Messages(MessageRepository messages, Conversations conversations, Contacts contacts, Channels channels,
            Operators operators, MediaLibrary media, SendMessageJob sendJob, ReadReceiptJob readReceipts,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.contacts = contacts;
        this.channels = channels;
        this.operators = operators;
        this.media = media;
        this.sendJob = sendJob;
        this.readReceipts = readReceipts;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Queues a message from a team member to the conversation's customer. When WhatsApp is not
     * connected the message is kept as {@code failed} with the reason, so nothing typed is lost
     * and it can be retried later.
     */
    public Message send(Actor actor, OutgoingMessage request) {
        TenantId tenantId = actor.tenantId();
        Conversation conversation = conversations.get(tenantId, request.conversationId());
        if (conversation.contactId() != null && contacts.isBlocked(tenantId, conversation.contactId())) {
            throw ProblemException.conflict("This contact is blocked; unblock them to send messages");
        }
        if (request.quotedMessageId() != null) {
            Message quoted = messages.find(tenantId, request.quotedMessageId())
                    .filter(m -> m.conversationId().equals(conversation.id()))
                    .orElseThrow(() -> ProblemException.notFound("Message", request.quotedMessageId())
                            .with("field", "quotedMessageId"));
            if (quoted.waMessageId() == null) {
                throw ProblemException.invalidField("quotedMessageId", "the quoted message was never delivered");
            }
        }
        Optional<Channel> channel = channels.find(tenantId);
        if (channel.isEmpty()) {
            throw ProblemException.conflict("WhatsApp has never been connected; connect the number first (POST /api/whatsapp/connect)");
        }
        StoredMedia upload = request.media() == null ? null
                : media.store(tenantId, request.media().bytes(), request.media().mimeType(), request.media().fileName());
        String senderName = operators.find(tenantId, actor.userId()).map(o -> o.name()).orElse(null);
        return enqueue(conversation, channel.get(), SenderType.CS, actor.userId().toString(), senderName, request.type(),
                blankToNull(request.content()), upload != null ? upload.url() : request.mediaUrl(), upload,
                request.quotedMessageId());
    }

    /**
     * Queues a text the automation writes (auto-reply, AI) to the conversation's customer, in the
     * caller's transaction. The sender type is recorded, so automation never answers itself. Nothing
     * is queued for a blocked contact or a tenant that never connected WhatsApp; a disconnected one
     * keeps the message as {@code failed} like any other send.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Message> sendAutomatic(TenantId tenantId, ConversationId conversationId, SenderType from,
            String text) {
        if (from == SenderType.CUSTOMER || from == SenderType.CS) {
            throw new IllegalArgumentException("not an automated sender: " + from);
        }
        Conversation conversation = conversations.get(tenantId, conversationId);
        if (conversation.contactId() != null && contacts.isBlocked(tenantId, conversation.contactId())) {
            return Optional.empty();
        }
        return channels.find(tenantId).map(channel -> enqueue(conversation, channel, from, null, null, MessageKind.TEXT,
                text, null, null, null));
    }

    private Message enqueue(Conversation conversation, Channel channel, SenderType from, String senderId,
            String senderName, MessageKind type, String content, String mediaUrl, StoredMedia upload,
            MessageId quotedMessageId) {
        TenantId tenantId = conversation.tenantId();
        Instant now = clock.instant();
        boolean connected = channel.connected();
        Message message = new Message(MessageId.random(), tenantId, conversation.id(),
                channel.id(), null, Direction.OUTBOUND, from, senderId, senderName, type, content, mediaUrl,
                upload != null ? upload.mimeType() : null,
                upload != null ? upload.size() : null,
                upload != null ? upload.fileName() : null,
                null, null, quotedMessageId, false,
                connected ? MessageStatus.PENDING : MessageStatus.FAILED,
                connected ? null : "not_connected", connected ? null : NOT_CONNECTED,
                now, null, null, now);
        transaction.executeWithoutResult(status -> {
            messages.insert(message, null);
            conversations.recordOutbound(tenantId, conversation.id(), Previews.of(message.messageType(), message.content()),
                    from, now);
            if (conversation.contactId() != null) {
                contacts.recordOutbound(tenantId, conversation.contactId(), now);
            }
            events.publishEvent(new MessageQueued(message));
            if (connected) {
                sendJob.schedule(message.id(), now);
            } else {
                events.publishEvent(new MessageStatusChanged(tenantId, conversation.id(), message.id(),
                        MessageStatus.FAILED, now, NOT_CONNECTED));
            }
        });
        return message;
    }

    /** Sends a failed message again; answers it as pending. */
    public Message retry(Actor actor, MessageId id) {
        Message message = messages.find(actor.tenantId(), id).orElseThrow(() -> ProblemException.notFound("Message", id));
        if (message.direction() != Direction.OUTBOUND || message.status() != MessageStatus.FAILED) {
            throw ProblemException.conflict("Only a failed message the business sent can be retried; this one is "
                    + message.status().code());
        }
        transaction.executeWithoutResult(status -> {
            if (messages.requeue(actor.tenantId(), id)) {
                sendJob.schedule(id, clock.instant());
            }
        });
        return messages.find(actor.tenantId(), id).orElseThrow();
    }

    /**
     * The team read these customer messages: they stop counting as unread, and the customer
     * gets a read receipt for the newest one.
     */
    public int markRead(Actor actor, ConversationId conversationId, List<MessageId> ids) {
        TenantId tenantId = actor.tenantId();
        conversations.get(tenantId, conversationId);
        Instant now = clock.instant();
        List<Message> marked = transaction.execute(status -> {
            List<Message> changed = messages.markReadByTeam(tenantId, conversationId,
                    ids.stream().map(MessageId::value).toList(), now);
            conversations.resetUnread(tenantId, conversationId, messages.unreadInbound(tenantId, conversationId));
            changed.stream().filter(m -> m.waMessageId() != null)
                    .max(java.util.Comparator.comparing(Message::sentAt))
                    .ifPresent(newest -> readReceipts.schedule(newest, now));
            return changed;
        });
        return marked.size();
    }

    /** The conversation a message belongs to, for routes that name only the message. */
    public ConversationId conversationOf(TenantId tenantId, MessageId id) {
        return messages.find(tenantId, id).map(Message::conversationId)
                .orElseThrow(() -> ProblemException.notFound("Message", id));
    }

    /** A media file of the tenant, or empty for an unknown or foreign id. */
    public Optional<MediaFile> media(TenantId tenantId, UUID mediaId) {
        return media.open(tenantId, mediaId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
