package id.sapa.contact;

import id.sapa.shared.ContactId;

/**
 * A contact as the inbound pipeline needs it after recording a message from them.
 *
 * @param name      the name to show: the one the team gave, else the WhatsApp profile name
 * @param firstEver whether this message created the contact
 */
public record InboundContact(ContactId id, String name, boolean blocked, boolean firstEver) {
}
