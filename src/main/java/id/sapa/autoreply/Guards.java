package id.sapa.autoreply;

import id.sapa.contact.Contacts;
import id.sapa.conversation.ChatMode;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.ConversationStatus;

/**
 * When the automation must stay quiet (seed 003): a conversation a person has taken over (agent)
 * or paused, a closed or spam conversation, a blocked contact. Checked when a reply is decided and
 * again when a delayed one is due.
 */
final class Guards {

    private Guards() {
    }

    /** @return why no auto-reply may be sent now, or null */
    static String silence(Conversation conversation, Contacts contacts) {
        if (conversation == null) {
            return "the conversation no longer exists";
        }
        if (conversation.mode() != ChatMode.BOT) {
            return "the conversation is in " + conversation.mode().code() + " mode";
        }
        if (conversation.status() == ConversationStatus.CLOSED || conversation.status() == ConversationStatus.SPAM) {
            return "the conversation is " + conversation.status().code();
        }
        if (conversation.contactId() != null && contacts.isBlocked(conversation.tenantId(), conversation.contactId())) {
            return "the contact is blocked";
        }
        return null;
    }
}
