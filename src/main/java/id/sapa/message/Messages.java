package id.sapa.message;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.WhatsAppTemplates;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.ProviderType;
import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.SenderType;
import id.sapa.message.MediaLibrary.StoredMedia;
import id.sapa.message.Message.Direction;
import id.sapa.message.MessageEvent.MessageQueued;
import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.operator.Operators;
import id.sapa.quickreply.Placeholders;
import id.sapa.quickreply.QuickReplies;
import id.sapa.quickreply.QuickReply;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
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
    private final QuickReplies quickReplies;
    private final WhatsAppTemplates templates;
    private final MediaLibrary media;
    private final SendMessageJob sendJob;
    private final ReadReceiptJob readReceipts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Messages(MessageRepository messages, Conversations conversations, Contacts contacts, Channels channels,
            Operators operators, QuickReplies quickReplies, WhatsAppTemplates templates, MediaLibrary media,
            SendMessageJob sendJob, ReadReceiptJob readReceipts,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.contacts = contacts;
        this.channels = channels;
        this.operators = operators;
        this.quickReplies = quickReplies;
        this.templates = templates;
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
        Conversation conversation = conversations.getVisible(actor, request.conversationId());
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
        if (channel.get().sendingStopped()) {
            throw ProblemException.conflict("WhatsApp stopped sending from this number (" + channel.get().stopReason()
                    + "); connect the number again once it is fixed");
        }
        Instant now = clock.instant();
        String content = request.content();
        MessageId quotedMessageId = request.quotedMessageId();
        if (request.type() == MessageKind.INTERACTIVE) {
            request.interactive().check();
            content = request.interactive().body();
        } else if (request.type() == MessageKind.REACTION) {
            // The reaction goes on the target message: kept as the quoted message, its WhatsApp id sent.
            quotedMessageId = reactionTarget(tenantId, conversation, request.reaction().messageId());
            content = request.reaction().emoji();
        }
        OutgoingMessage.TemplateRef checkedTemplate = null;
        if (request.type() == MessageKind.TEMPLATE) {
            TemplateTexts.Checked checked = TemplateTexts.check(templates, tenantId, request.template());
            content = checked.text();
            checkedTemplate = checked.template();
        } else if (channel.get().provider() == ProviderType.CLOUD_API && !conversation.windowOpenAt(now)) {
            throw new ProblemException(ProblemType.WINDOW_CLOSED, "The customer last wrote more than 24 hours ago: "
                    + "WhatsApp only delivers an approved template now (messageType template)")
                    .with("windowExpiresAt", conversation.windowExpiresAt())
                    .with("hint", "Send an approved template; the window opens again when the customer writes");
        }
        StoredMedia upload = request.media() == null ? null
                : media.store(tenantId, request.media().bytes(), request.media().mimeType(), request.media().fileName());
        QuickReply quickReply = request.quickReplyId() == null ? null
                : quickReplies.usable(actor, request.quickReplyId(), "quickReplyId");
        if (quickReply != null && blankToNull(request.content()) == null) {
            content = Placeholders.fill(quickReply.message(), customerValues(tenantId, conversation));
        }
        String senderName = operators.find(tenantId, actor.userId()).map(o -> o.name()).orElse(null);
        OutgoingMessage.TemplateRef template = checkedTemplate;
        return enqueue(conversation, channel.get(), SenderType.CS, actor.userId().toString(), senderName, request.type(),
                blankToNull(content), upload != null ? upload.url() : request.mediaUrl(), upload,
                quotedMessageId, queued -> {
                    if (template != null) {
                        messages.saveTemplate(queued.id(), template);
                    }
                    if (request.interactive() != null) {
                        messages.saveInteractive(queued.id(), request.interactive());
                    }
                    conversations.recordReply(tenantId, conversation.id(), actor.userId(), queued.createdAt());
                    if (quickReply != null) {
                        quickReplies.recordUse(tenantId, quickReply.id(), queued.createdAt());
                    }
                });
    }

    /**
     * Queues a text the automation writes (auto-reply, AI) to the conversation's customer, in the
     * caller's transaction. The sender type is recorded, so automation never answers itself. Nothing
     * is queued for a blocked contact, a tenant that never connected WhatsApp or a number WhatsApp
     * stopped; a disconnected one keeps the message as {@code failed} like any other send.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Message> sendAutomatic(TenantId tenantId, ConversationId conversationId, SenderType from,
            String text) {
        return automatic(tenantId, conversationId, from, (conversation, channel) -> enqueue(conversation, channel, from,
                null, null, MessageKind.TEXT, text, null, null, null, queued -> {
                }));
    }

    /**
     * Like {@link #sendAutomatic(TenantId, ConversationId, SenderType, String)} for a menu: the
     * buttons or list where the number's provider shows them reliably (Meta's Cloud API), else
     * {@code text}, the same choices written out. Buttons or a list that break WhatsApp's limits
     * go as the text too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Message> sendAutomatic(TenantId tenantId, ConversationId conversationId, SenderType from,
            Interactive menu, String text) {
        return automatic(tenantId, conversationId, from, (conversation, channel) -> {
            if (menu == null || !menu.valid() || !channels.sendsMenus(channel)) {
                return enqueue(conversation, channel, from, null, null, MessageKind.TEXT, text, null, null, null, queued -> {
                });
            }
            return enqueue(conversation, channel, from, null, null, MessageKind.INTERACTIVE, menu.body(), null, null, null,
                    queued -> messages.saveInteractive(queued.id(), menu));
        });
    }

    /**
     * Like {@link #sendAutomatic(TenantId, ConversationId, SenderType, String)} for an approved
     * WhatsApp template, sent as a real template message; its stored text is the rendered body.
     * Nothing is queued when the template cannot be sent ({@link #checkTemplate} says why).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Message> sendAutomatic(TenantId tenantId, ConversationId conversationId, SenderType from,
            OutgoingMessage.TemplateRef template) {
        TemplateTexts.Checked checked;
        try {
            checked = TemplateTexts.check(templates, tenantId, template);
        } catch (ProblemException unsendable) {
            // Caught here, inside the transactional method: the caller's transaction stays good.
            return Optional.empty();
        }
        return automatic(tenantId, conversationId, from, (conversation, channel) -> enqueue(conversation, channel, from,
                null, null, MessageKind.TEMPLATE, checked.text(), null, null, null,
                queued -> messages.saveTemplate(queued.id(), checked.template())));
    }

    /**
     * Whether an automation's template can be sent now: its rendered body, or why not (unknown, not
     * approved, wrong values).
     */
    public TemplateCheck checkTemplate(TenantId tenantId, OutgoingMessage.TemplateRef template) {
        try {
            return new TemplateCheck(TemplateTexts.check(templates, tenantId, template).text(), null);
        } catch (ProblemException unsendable) {
            return new TemplateCheck(null, unsendable.getMessage());
        }
    }

    /** @param text the template's body with its values filled in; null when it cannot be sent, {@code problem} saying why */
    public record TemplateCheck(String text, String problem) {

        public boolean sendable() {
            return problem == null;
        }
    }

    private Optional<Message> automatic(TenantId tenantId, ConversationId conversationId, SenderType from,
            java.util.function.BiFunction<Conversation, Channel, Message> queue) {
        if (from == SenderType.CUSTOMER || from == SenderType.CS) {
            throw new IllegalArgumentException("not an automated sender: " + from);
        }
        Conversation conversation = conversations.get(tenantId, conversationId);
        if (conversation.contactId() != null && contacts.isBlocked(tenantId, conversation.contactId())) {
            return Optional.empty();
        }
        return channels.find(tenantId).filter(channel -> !channel.sendingStopped())
                .map(channel -> queue.apply(conversation, channel));
    }

    private Message enqueue(Conversation conversation, Channel channel, SenderType from, String senderId,
            String senderName, MessageKind type, String content, String mediaUrl, StoredMedia upload,
            MessageId quotedMessageId, Consumer<Message> alsoInTransaction) {
        TenantId tenantId = conversation.tenantId();
        Instant now = clock.instant();
        boolean connected = channel.connected();
        Message message = new Message(MessageId.next(), tenantId, conversation.id(),
                channel.id(), null, Direction.OUTBOUND, from, senderId, senderName, type, content, mediaUrl,
                upload != null ? upload.mimeType() : null,
                upload != null ? upload.size() : null,
                upload != null ? upload.fileName() : null,
                null, null, quotedMessageId, false,
                connected ? MessageStatus.PENDING : MessageStatus.FAILED,
                connected ? null : "not_connected", connected ? null : NOT_CONNECTED,
                now, null, null, now);
        transaction.executeWithoutResult(status -> {
            // Contact, then conversation: the order the inbound pipeline locks them in, so an answer
            // and the customer's next message do not deadlock.
            if (conversation.contactId() != null) {
                contacts.recordOutbound(tenantId, conversation.contactId(), now);
            }
            conversations.recordOutbound(tenantId, conversation.id(), Previews.of(message.messageType(), message.content()),
                    from, now);
            messages.insert(message, null);
            alsoInTransaction.accept(message);
            events.publishEvent(MessageQueued.of(message));
            if (connected) {
                sendJob.schedule(message.id(), now);
            } else {
                events.publishEvent(new MessageStatusChanged(tenantId, conversation.id(), message.id(),
                        MessageStatus.FAILED, now, NOT_CONNECTED));
            }
        });
        return message;
    }

    /** A message of the conversation that WhatsApp knows, for a reaction to go on. */
    private MessageId reactionTarget(TenantId tenantId, Conversation conversation, MessageId id) {
        Message target = messages.find(tenantId, id).filter(m -> m.conversationId().equals(conversation.id()))
                .orElseThrow(() -> ProblemException.notFound("Message", id).with("field", "reaction.messageId"));
        if (target.waMessageId() == null) {
            throw ProblemException.invalidField("reaction.messageId", "WhatsApp does not know this message (it was never sent)");
        }
        return target.id();
    }

    /** Sends a failed message again; answers it as pending. */
    public Message retry(Actor actor, MessageId id) {
        Message message = messages.find(actor.tenantId(), id).orElseThrow(() -> ProblemException.notFound("Message", id));
        conversations.getVisible(actor, message.conversationId());
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
     * gets a read receipt for the newest one. What {@code PATCH /api/messages/:id/mark-read} and the
     * socket command {@code mark-as-read} both do.
     *
     * @throws ProblemException 403 for a role that does not answer chats
     */
    public int markRead(Actor actor, ConversationId conversationId, List<MessageId> ids) {
        if (!actor.can(Permission.WORK_CHATS)) {
            throw ProblemException.forbidden("Your role cannot answer chats");
        }
        TenantId tenantId = actor.tenantId();
        conversations.getVisible(actor, conversationId);
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

    /** What {@code {{name}}} and {{phone}} stand for in a quick reply to this customer. */
    private Map<String, String> customerValues(TenantId tenantId, Conversation conversation) {
        String name = conversation.contactId() == null ? null
                : contacts.find(tenantId, conversation.contactId()).map(Contact::name).orElse(null);
        Map<String, String> values = new HashMap<>();
        values.put("name", name != null ? name : conversation.customerName());
        // A customer known only by username has no number to show.
        values.put("phone", conversation.customerPhone() == null ? "" : conversation.customerPhone().e164());
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
