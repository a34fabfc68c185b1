package id.sapa.autoreply;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import id.sapa.conversation.ChatMode;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.ConversationStatus;

/**
 * When the automation must stay quiet (seed 003): a conversation a person has taken over (agent)
 * or paused, a closed or spam conversation, a blocked contact, and a customer whose last message
 * is older than WhatsApp's 24-hour service window (a reply decided long ago, replayed after an
 * outage). Checked when a reply is decided and again when a delayed one is due.
 */
final class Guards {

    private Guards() {
    }

    /** WhatsApp lets a business answer freely for this long after the customer's last message. */
    static final Duration SERVICE_WINDOW = Duration.ofHours(24);

    static final Reason CONTACT_BLOCKED = new Reason("contact_blocked", "kontak ini diblokir", "the contact is blocked");

    /** @return why no auto-reply may be sent now, or null */
    static Reason silence(Conversation conversation, BooleanSupplier contactBlocked, Instant now) {
        Reason standing = standing(conversation, contactBlocked);
        if (standing != null) {
            return standing;
        }
        if (conversation.lastCustomerMessageAt() == null
                || now.isAfter(conversation.lastCustomerMessageAt().plus(SERVICE_WINDOW))) {
            return new Reason("window_closed", "pesan terakhir pelanggan sudah lewat dari jendela 24 jam WhatsApp",
                    "the customer's last message is older than WhatsApp's 24-hour window");
        }
        return null;
    }

    /**
     * Why the automation stays quiet whatever the customer writes next, or null: what the rule tester
     * reports for a customer who writes now (the message just written opens the 24-hour window).
     */
    static Reason standing(Conversation conversation, BooleanSupplier contactBlocked) {
        if (conversation == null) {
            return new Reason("conversation_gone", "percakapan ini sudah tidak ada", "the conversation no longer exists");
        }
        if (conversation.mode() != ChatMode.BOT) {
            String mode = conversation.mode().code();
            return new Reason("not_bot_mode", "percakapan ini dalam mode " + mode, "the conversation is in " + mode + " mode");
        }
        if (conversation.status() == ConversationStatus.CLOSED || conversation.status() == ConversationStatus.SPAM) {
            String status = conversation.status().code();
            return new Reason("conversation_" + status, "percakapan ini berstatus " + status, "the conversation is " + status);
        }
        if (contactBlocked.getAsBoolean()) {
            return CONTACT_BLOCKED;
        }
        return null;
    }
}
