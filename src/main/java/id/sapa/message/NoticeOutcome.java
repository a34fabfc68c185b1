package id.sapa.message;

import id.sapa.shared.ContactId;
import id.sapa.shared.Text;

/** What became of a notice: queued as a message, or refused before anything was stored. */
public sealed interface NoticeOutcome {

    /** @param contactId the customer's contact, found or made for the notice */
    record Queued(Message message, ContactId contactId) implements NoticeOutcome {
    }

    /** @param detail why, for the people reading the notice's history */
    record Refused(Reason reason, Text detail) implements NoticeOutcome {
    }

    /** Why a notice was not sent, as a stable code. */
    enum Reason {
        /** WhatsApp was never connected, or is not connected now. */
        NOT_CONNECTED,
        /** WhatsApp stopped sending from the number (a ban, a payment problem). */
        SENDING_STOPPED,
        /** The business blocked the contact. */
        BLOCKED,
        /** The customer asked for no more notices (STOP / BERHENTI). */
        OPTED_OUT,
        /** Outside the 24-hour window, with no approved template to send instead. */
        WINDOW_CLOSED,
        /** Outside the window, and the mapped template cannot be sent (not approved, wrong values). */
        TEMPLATE_UNSENDABLE,
        /** The contact has no number and never wrote: there is nowhere to send. */
        UNREACHABLE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether the business's number is at fault (failed), rather than the customer's choice (skipped). */
        public boolean numberProblem() {
            return this == NOT_CONNECTED || this == SENDING_STOPPED;
        }
    }
}
