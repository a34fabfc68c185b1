package id.sapa.message;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.WhatsAppTemplates;
import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.message.Notice.Recipient;
import id.sapa.message.NoticeOutcome.Reason;
import id.sapa.message.NoticeOutcome.Refused;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.WhatsAppUser;

/**
 * Every rule a notice must pass, reading only: a refused notice leaves no contact, conversation or
 * message behind. The number must be connected and sending; the contact neither blocked nor opted
 * out; outside the customer's 24-hour window only the notice's approved template may go.
 */
@Component
class NoticeCheck {

    private final Channels channels;
    private final Contacts contacts;
    private final Conversations conversations;
    private final WhatsAppTemplates templates;
    private final Clock clock;

    NoticeCheck(Channels channels, Contacts contacts, Conversations conversations, WhatsAppTemplates templates,
            Clock clock) {
        this.channels = channels;
        this.contacts = contacts;
        this.conversations = conversations;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * A notice that may go: where to, and what exactly.
     *
     * @param phone        the number to find or add the contact and conversation by; null when the notice
     *                     goes to {@code conversation} of a customer known only by username
     * @param conversation the customer's conversation, when there is one
     * @param template     the checked template when the window is closed, else null
     */
    record Allowed(Channel channel, PhoneNumber phone, Conversation conversation, String content,
            TemplateRef template) {
    }

    /** The notice's plan, or why it is refused. */
    sealed interface Verdict {
    }

    record Go(Allowed allowed) implements Verdict {
    }

    record Stop(Refused refused) implements Verdict {
    }

    Verdict check(TenantId tenantId, Recipient to, Notice notice) {
        // As read moments ago: the send queue reads the channel again before it sends.
        Optional<Channel> channel = channels.findRecent(tenantId);
        if (channel.isEmpty() || !channel.get().connected()) {
            return refuse(Reason.NOT_CONNECTED, "WhatsApp bisnis belum tersambung", "The business's WhatsApp is not connected");
        }
        if (channel.get().sendingStopped()) {
            return refuse(Reason.SENDING_STOPPED, "WhatsApp menghentikan pengiriman dari nomor ini",
                    "WhatsApp stopped sending from this number");
        }
        Optional<Contact> contact = switch (to) {
            case Recipient.ToContact(var id) -> contacts.find(tenantId, id);
            case Recipient.ToNumber(var phone) -> contacts.findByPhone(tenantId, phone);
        };
        if (contact.isPresent() && contact.get().isBlocked()) {
            return refuse(Reason.BLOCKED, "Kontak ini diblokir", "This contact is blocked");
        }
        if (contact.isPresent() && contact.get().optedOutAt() != null) {
            return refuse(Reason.OPTED_OUT, "Pelanggan meminta tidak dikirimi notifikasi lagi",
                    "The customer asked to receive no more notices");
        }
        PhoneNumber phone = switch (to) {
            case Recipient.ToContact c -> contact.map(Contact::phone).orElse(null);
            case Recipient.ToNumber(var number) -> number;
        };
        Optional<Conversation> conversation = contact.isPresent()
                ? conversations.findByContact(tenantId, contact.get().id())
                : conversations.findByCustomer(tenantId, WhatsAppUser.of(phone));
        if (phone == null && conversation.isEmpty()) {
            return refuse(Reason.UNREACHABLE, "Kontak ini tidak punya nomor dan belum pernah menulis",
                    "This contact has no number and never wrote");
        }
        Instant lastWrote = conversation.map(Conversation::lastCustomerMessageAt).orElse(null);
        if (!channels.requiresTemplate(channel.get(), lastWrote, clock.instant())) {
            return new Go(new Allowed(channel.get(), phone, conversation.orElse(null), notice.text(), null));
        }
        if (notice.outsideWindow() == null) {
            return refuse(Reason.WINDOW_CLOSED,
                    "Pelanggan tidak menulis dalam 24 jam terakhir dan notifikasi ini tidak punya template WhatsApp yang disetujui",
                    "The customer has not written in the last 24 hours and this notice has no approved WhatsApp template");
        }
        try {
            TemplateTexts.Checked checked = TemplateTexts.check(templates, tenantId, notice.outsideWindow());
            return new Go(new Allowed(channel.get(), phone, conversation.orElse(null), checked.text(), checked.template()));
        } catch (ProblemException unsendable) {
            return new Stop(new Refused(Reason.TEMPLATE_UNSENDABLE, new Text(
                    "Template WhatsApp notifikasi ini tidak dapat dikirim: " + unsendable.getMessage(),
                    "This notice's WhatsApp template cannot be sent: " + unsendable.getMessage())));
        }
    }

    private static Stop refuse(Reason reason, String indonesian, String english) {
        return new Stop(new Refused(reason, new Text(indonesian, english)));
    }
}
