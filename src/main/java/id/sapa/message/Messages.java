package id.sapa.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.SenderType;
import id.sapa.message.Message.Direction;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.WhatsAppUser;

/**
 * The message module's API for the team and for automation: send, retry, mark read, and read media.
 * A send is checked in full first ({@link SendCheck}), then written ({@link SendWriter}): a pending
 * row and a durable job committed together; the job talks to WhatsApp afterwards.
 */
@Service
public class Messages {

    static final Text MESSAGE = new Text("Pesan", "Message");

    private final MessageRepository messages;
    private final Conversations conversations;
    private final Contacts contacts;
    private final SendCheck check;
    private final SendWriter writer;
    private final NoticeCheck notices;
    private final MediaLibrary media;
    private final SendMessageJob sendJob;
    private final ReadReceiptJob readReceipts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Messages(MessageRepository messages, Conversations conversations, Contacts contacts, SendCheck check,
            SendWriter writer, NoticeCheck notices, MediaLibrary media, SendMessageJob sendJob, ReadReceiptJob readReceipts,
            TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.contacts = contacts;
        this.check = check;
        this.writer = writer;
        this.notices = notices;
        this.media = media;
        this.sendJob = sendJob;
        this.readReceipts = readReceipts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Queues a message from a team member to the conversation's customer. When WhatsApp is not
     * connected the message is kept as {@code failed} with the reason, so nothing typed is lost
     * and it can be retried later. A refused send stores nothing, not even its uploaded file.
     */
    public Message send(Actor actor, OutgoingMessage request) {
        return writer.write(check.team(actor, request));
    }

    /**
     * Queues what the automation writes (auto-reply, AI) to the conversation's customer, in the
     * caller's transaction. The sender type is recorded, so automation never answers itself. Nothing
     * is queued for a blocked contact, a tenant that never connected WhatsApp, a number WhatsApp
     * stopped or a template that cannot be sent; a disconnected number keeps the message as
     * {@code failed} like any other send.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Message> sendAutomatic(TenantId tenantId, ConversationId conversationId, SenderType from,
            AutomaticContent content) {
        return check.automatic(tenantId, from, content, () -> conversations.get(tenantId, conversationId))
                .map(writer::write);
    }

    /**
     * Queues a billing notice to a customer, in its own transaction: checked in full first (connected
     * number, contact neither blocked nor opted out, the 24-hour window or the notice's approved template),
     * then the contact and conversation are found or made and the message queued as {@code system},
     * marked with the notice's type. A refused notice stores nothing.
     */
    public NoticeOutcome sendNotice(TenantId tenantId, Notice.Recipient to, Notice notice) {
        return switch (notices.check(tenantId, to, notice)) {
            case NoticeCheck.Stop(NoticeOutcome.Refused refused) -> refused;
            case NoticeCheck.Go(NoticeCheck.Allowed allowed) -> transaction.execute(status -> {
                Conversation conversation = allowed.phone() == null ? allowed.conversation()
                        : conversations.findOrOpen(tenantId, contacts.findOrAdd(tenantId, allowed.phone(), clock.instant()),
                                WhatsAppUser.of(allowed.phone()), clock.instant());
                return new NoticeOutcome.Queued(writer.write(SendPlan.notice(conversation, allowed.channel(),
                        notice.type(), allowed.content(), allowed.template())), conversation.contactId());
            });
        };
    }

    /**
     * Whether an automation's template can be sent now: its rendered body, or why not (unknown, not
     * approved, wrong values).
     */
    public TemplateCheck checkTemplate(TenantId tenantId, OutgoingMessage.TemplateRef template) {
        return check.template(tenantId, template);
    }

    /** @param text the template's body with its values filled in; null when it cannot be sent, {@code problem} saying why */
    public record TemplateCheck(String text, String problem) {

        public boolean sendable() {
            return problem == null;
        }
    }

    /** Sends a failed message again; answers it as pending. */
    public Message retry(Actor actor, MessageId id) {
        Message message = messages.find(actor.tenantId(), id).orElseThrow(() -> ProblemException.notFound(MESSAGE, id));
        conversations.getVisible(actor, message.conversationId());
        if (message.direction() != Direction.OUTBOUND || message.status() != MessageStatus.FAILED) {
            throw ProblemException.conflict(new Text(
                    "Hanya pesan gagal yang dikirim usaha ini yang bisa dikirim ulang; status pesan ini " + message.status().code(),
                    "Only a failed message the business sent can be retried; this one is " + message.status().code()));
        }
        // Read before the commit: once committed, the job may send it before a later read.
        return transaction.execute(status -> {
            if (messages.requeue(actor.tenantId(), id)) {
                sendJob.schedule(id, clock.instant());
            }
            return messages.find(actor.tenantId(), id).orElseThrow();
        });
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
            throw ProblemException.forbidden(new Text("Peran Anda tidak dapat membalas chat", "Your role cannot answer chats"));
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
                .orElseThrow(() -> ProblemException.notFound(MESSAGE, id));
    }

    /** A media file of the tenant, or empty for an unknown or foreign id. */
    public Optional<MediaFile> media(TenantId tenantId, UUID mediaId) {
        return media.open(tenantId, mediaId);
    }
}
