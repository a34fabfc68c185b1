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

    /** @return why no auto-reply may be sent now, or null */
    static String silence(Conversation conversation, BooleanSupplier contactBlocked, Instant now) {
        String standing = standing(conversation, contactBlocked);
        if (standing != null) {
            return standing;
        }
        if (conversation.lastCustomerMessageAt() == null
                || now.isAfter(conversation.lastCustomerMessageAt().plus(SERVICE_WINDOW))) {
            return "the customer's last message is older than WhatsApp's 24-hour window";
        }
        return null;
    }

    /**
     * Why the automation stays quiet whatever the customer writes next, or null: what the rule tester
     * reports for a customer who writes now (the message just written opens the 24-hour window).
     */
    static String standing(Conversation conversation, BooleanSupplier contactBlocked) {
        if (conversation == null) {
            return "the conversation no longer exists";
        }
        if (conversation.mode() != ChatMode.BOT) {
            return "the conversation is in " + conversation.mode().code() + " mode";
        }
        if (conversation.status() == ConversationStatus.CLOSED || conversation.status() == ConversationStatus.SPAM) {
            return "the conversation is " + conversation.status().code();
        }
        if (contactBlocked.getAsBoolean()) {
            return "the contact is blocked";
        }
        return null;
    }
}
