package id.sapa.message;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.spi.ChannelRef;
import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundEvent.IdentityChanged;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.OwnMessage;
import id.sapa.channel.spi.InboundEvent.StatusUpdate;
import id.sapa.channel.spi.InboundEvent.Typing;
import id.sapa.channel.spi.InboundSink;
import id.sapa.channel.spi.MessageKind;
import id.sapa.contact.Contacts;
import id.sapa.contact.InboundContact;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.InboundConversation;
import id.sapa.conversation.SenderType;
import id.sapa.message.MediaLibrary.StoredMedia;
import id.sapa.message.Message.Content;
import id.sapa.message.Message.Media;
import id.sapa.message.Message.Place;
import id.sapa.message.Message.Sender;
import id.sapa.message.MessageEvent.CustomerTyping;
import id.sapa.message.MessageEvent.MessageQueued;
import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.shared.ContactId;
import id.sapa.shared.MessageId;
import id.sapa.shared.db.TransientConflicts;

/**
 * The inbound pipeline: records what providers report, once. A message, its contact and its
 * conversation are written in one transaction; listeners hear about it after the commit.
 */
@Component
class InboundRecorder implements InboundSink {

    private static final Logger log = LoggerFactory.getLogger(InboundRecorder.class);

    private final MessageRepository messages;
    private final Contacts contacts;
    private final Conversations conversations;
    private final MediaLibrary media;
    private final SamePersonMerger samePerson;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InboundRecorder(MessageRepository messages, Contacts contacts, Conversations conversations, MediaLibrary media,
            SamePersonMerger samePerson, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.samePerson = samePerson;
        this.messages = messages;
        this.contacts = contacts;
        this.conversations = conversations;
        this.media = media;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String accept(ChannelRef channel, InboundEvent event) {
        return switch (event) {
            case InboundMessage message -> record(channel, message).toString();
            case StatusUpdate status -> {
                applyReceipt(channel, status);
                yield null;
            }
            case OwnMessage own -> {
                recordOwn(channel, own);
                yield null;
            }
            case Typing typing -> {
                relayTyping(channel, typing);
                yield null;
            }
            case IdentityChanged change -> {
                MessageId notice = record(channel, change.notice());
                relink(channel, change);
                yield notice.toString();
            }
        };
    }

    @Override
    public boolean isRecorded(ChannelRef channel, String providerMessageId) {
        return messages.findByProviderId(channel.tenantId(), channel.id(), providerMessageId).isPresent();
    }

    private MessageId record(ChannelRef channel, InboundMessage in) {
        StoredMedia stored = null;
        if (in.media() != null && in.media().bytes() != null) {
            // A redelivered media message must not store its file again; plain texts skip this
            // look-up and rely on the unique index below.
            var known = messages.findByProviderId(channel.tenantId(), channel.id(), in.providerMessageId());
            if (known.isPresent()) {
                return known.get();
            }
            // Written before the transaction: a file write must not hold a connection.
            stored = media.store(channel.tenantId(), in.media().bytes(), in.media().mimeType(), in.media().fileName());
        }
        StoredMedia file = stored;
        MessageId recorded = TransientConflicts.retry(() -> transaction.execute(status -> {
            if (in.from().linksIdentifiers()) {
                // This webhook may be the first to show that two known contacts are one person.
                samePerson.join(channel.tenantId(), in.from());
            }
            InboundContact contact = contacts.recordInbound(channel.tenantId(), in.from(), in.profileName(), in.timestamp());
            InboundConversation conversation = conversations.recordInbound(channel.tenantId(), contact, in.from(),
                    Previews.of(in.kind(), text(in)), in.timestamp(), in.written());
            MessageId quoted = in.quotedProviderMessageId() == null ? null
                    : messages.findByProviderId(channel.tenantId(), channel.id(), in.quotedProviderMessageId()).orElse(null);
            Message message = Message.inbound(channel.tenantId(), conversation.conversation().id(), channel.id(),
                    in.providerMessageId(),
                    new Sender(in.kind() == MessageKind.SYSTEM ? SenderType.SYSTEM : SenderType.CUSTOMER,
                            in.from().address(), contact.name()),
                    new Content(in.kind(), text(in), media(file, in.media())),
                    in.location() == null ? null : new Place(in.location().latitude(), in.location().longitude()),
                    quoted, in.forwarded(), in.timestamp(), clock.instant());
            if (!messages.insert(message, in.quotedProviderMessageId())) {
                // Another delivery of the same message won the race: undo our counters, answer its id.
                status.setRollbackOnly();
                return null;
            }
            if (in.replyId() != null) {
                messages.saveReplyId(message.id(), in.replyId());
            }
            events.publishEvent(MessageReceived.of(message, in.replyId()));
            return message.id();
        }));
        return recorded != null ? recorded
                : messages.findByProviderId(channel.tenantId(), channel.id(), in.providerMessageId()).orElseThrow();
    }

    /**
     * The business wrote from its own phone: kept as an outgoing message of the conversation, and
     * announced like a team send (never as a customer message, so no automation answers it). The
     * echo of a message Sapa sent itself is already stored and is left alone.
     */
    private void recordOwn(ChannelRef channel, OwnMessage own) {
        if (messages.findByProviderId(channel.tenantId(), channel.id(), own.providerMessageId()).isPresent()) {
            return;
        }
        StoredMedia file = own.media() == null || own.media().bytes() == null ? null
                : media.store(channel.tenantId(), own.media().bytes(), own.media().mimeType(), own.media().fileName());
        String text = own.text() != null ? own.text() : own.media() == null ? null : own.media().caption();
        transaction.executeWithoutResult(status -> {
            var conversation = conversations.findByCustomer(channel.tenantId(), own.to()).orElse(null);
            if (conversation == null) {
                // The owner started a chat from the phone: there is no customer conversation to show it in.
                log.info("Message {} sent from the business phone to a number without a conversation; not stored",
                        own.providerMessageId());
                return;
            }
            Message message = Message.fromBusinessPhone(channel.tenantId(), conversation.id(), channel.id(),
                    own.providerMessageId(), new Content(own.kind(), text, media(file, own.media())), own.timestamp(),
                    clock.instant());
            if (messages.insert(message, null)) {
                conversations.recordOutbound(channel.tenantId(), conversation.id(), Previews.of(own.kind(), text),
                        SenderType.CS, own.timestamp());
                events.publishEvent(MessageQueued.of(message));
            }
        });
    }

    /**
     * After a "changed number" notice the contact takes the new identifiers; a contact the customer
     * already has under them (they wrote from the new number first) is joined into it.
     */
    private void relink(ChannelRef channel, IdentityChanged change) {
        TransientConflicts.retry(() -> transaction.executeWithoutResult(status -> {
            ContactId contact = samePerson.join(channel.tenantId(), change.from());
            if (contact == null) {
                return;
            }
            for (ContactId other : contacts.samePerson(channel.tenantId(), change.to())) {
                if (!other.equals(contact)) {
                    samePerson.join(channel.tenantId(), contact, other);
                }
            }
            contacts.changeIdentity(channel.tenantId(), contact, change.to());
            conversations.readdress(channel.tenantId(), contact, change.to());
        }));
    }

    private void applyReceipt(ChannelRef channel, StatusUpdate update) {
        MessageStatus next = switch (update.status()) {
            case SENT -> MessageStatus.SENT;
            case DELIVERED -> MessageStatus.DELIVERED;
            case READ, PLAYED -> MessageStatus.READ;
            case FAILED -> MessageStatus.FAILED;
        };
        transaction.executeWithoutResult(status -> messages
                .applyReceipt(channel.tenantId(), channel.id(), update.providerMessageId(), next, update.timestamp(),
                        update.errorCode(), update.errorMessage())
                .ifPresent(changed -> events.publishEvent(new MessageStatusChanged(changed.tenantId(),
                        changed.conversationId(), changed.id(), changed.status(), update.timestamp(),
                        changed.errorCode(), changed.errorMessage()))));
    }

    private void relayTyping(ChannelRef channel, Typing typing) {
        transaction.executeWithoutResult(status -> conversations.findByCustomer(channel.tenantId(), typing.from())
                .ifPresent(conversation -> events.publishEvent(
                        new CustomerTyping(channel.tenantId(), conversation.id(), typing.typing()))));
    }

    /** The stored copy of a provider's media when there is one, else the provider's link. */
    private static Media media(StoredMedia file, InboundMedia media) {
        if (media == null) {
            return null;
        }
        return file != null ? new Media(file.url(), file.mimeType(), file.size(), media.fileName())
                : new Media(media.url(), media.mimeType(), null, media.fileName());
    }

    private static String text(InboundMessage in) {
        if (in.text() != null) {
            return in.text();
        }
        return in.media() == null ? null : in.media().caption();
    }
}
