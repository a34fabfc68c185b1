package id.sapa.message;

import java.util.Objects;

import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;

/**
 * A transactional notice a business's billing system sends one of its customers (a payment received,
 * a new invoice, a reminder): never marketing. It goes as {@code system}, marked with its type, so the
 * team sees in the inbox what the customer answers.
 *
 * @param type          the notice's type, e.g. {@code payment_notification}
 * @param text          what the customer reads inside the 24-hour window (and on providers without one)
 * @param outsideWindow the approved WhatsApp template to send instead once the window is closed, or null
 *                      when the notice has none (it is then refused outside the window, never sent as text)
 */
public record Notice(String type, String text, TemplateRef outsideWindow) {

    public Notice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** Whom a notice goes to: a known contact, or a number (whose contact is found or made). */
    public sealed interface Recipient {

        record ToContact(ContactId contactId) implements Recipient {
        }

        record ToNumber(PhoneNumber phone) implements Recipient {
        }
    }
}
