package id.sapa.message;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.message.MediaLibrary.StoredMedia;
import id.sapa.message.Message.Content;
import id.sapa.message.Message.Media;
import id.sapa.message.MessageEvent.MessageQueued;
import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.quickreply.QuickReplies;
import id.sapa.shared.TenantId;

/**
 * Writes a checked send: its file, then its message row, its counters and its durable send job in
 * one transaction (the caller's, when it has one). It checks nothing: {@link SendCheck} did.
 */
@Component
class SendWriter {

    private final MessageRepository messages;
    private final Conversations conversations;
    private final Contacts contacts;
    private final QuickReplies quickReplies;
    private final MediaLibrary media;
    private final SendMessageJob sendJob;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SendWriter(MessageRepository messages, Conversations conversations, Contacts contacts, QuickReplies quickReplies,
            MediaLibrary media, SendMessageJob sendJob, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.contacts = contacts;
        this.quickReplies = quickReplies;
        this.media = media;
        this.sendJob = sendJob;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Queues the message: pending with its job, or failed at once when WhatsApp is not connected.
     * An uploaded file is stored first, outside the transaction (a file write must not hold a
     * connection), and removed again if the message cannot be recorded.
     */
    Message write(SendPlan plan) {
        TenantId tenantId = plan.conversation().tenantId();
        StoredMedia stored = plan.upload() == null ? null
                : media.store(tenantId, plan.upload().bytes(), plan.upload().mimeType(), plan.upload().fileName());
        try {
            return record(plan, stored);
        } catch (RuntimeException notRecorded) {
            if (stored != null) {
                media.discard(tenantId, stored);
            }
            throw notRecorded;
        }
    }

    private Message record(SendPlan plan, StoredMedia stored) {
        Conversation conversation = plan.conversation();
        TenantId tenantId = conversation.tenantId();
        Instant now = clock.instant();
        boolean connected = plan.channel().connected();
        Media attached = stored != null ? new Media(stored.url(), stored.mimeType(), stored.size(), stored.fileName())
                : plan.mediaUrl() != null ? new Media(plan.mediaUrl(), null, null, null) : null;
        Message queued = Message.outbound(tenantId, conversation.id(), plan.channel().id(), plan.from(),
                new Content(plan.kind(), plan.content(), attached), plan.quotedMessageId(), connected, now);
        Message message = plan.noticeType() == null ? queued : queued.asNotice(plan.noticeType());
        transaction.executeWithoutResult(status -> {
            // Contact, then conversation: the order the inbound pipeline locks them in, so an answer
            // and the customer's next message do not deadlock.
            if (conversation.contactId() != null) {
                contacts.recordOutbound(tenantId, conversation.contactId(), now);
            }
            conversations.recordOutbound(tenantId, conversation.id(), Previews.of(message.messageType(), message.content()),
                    plan.from().type(), now);
            messages.insert(message, null);
            if (plan.template() != null) {
                messages.saveTemplate(message.id(), plan.template());
            }
            if (plan.interactive() != null) {
                messages.saveInteractive(message.id(), plan.interactive());
            }
            if (plan.repliedBy() != null) {
                conversations.recordReply(tenantId, conversation.id(), plan.repliedBy(), message.createdAt());
            }
            if (plan.quickReply() != null) {
                quickReplies.recordUse(tenantId, plan.quickReply().id(), message.createdAt());
            }
            events.publishEvent(MessageQueued.of(message));
            if (connected) {
                sendJob.schedule(message.id(), now);
            } else {
                events.publishEvent(new MessageStatusChanged(tenantId, conversation.id(), message.id(),
                        MessageStatus.FAILED, now, "not_connected", Message.NOT_CONNECTED));
            }
        });
        return message;
    }
}
