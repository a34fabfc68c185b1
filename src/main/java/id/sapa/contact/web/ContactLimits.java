package id.sapa.contact.web;

/** The longest texts a contact's fields take: the column sizes, and for free text enough for a real note. */
final class ContactLimits {

    static final int PHONE = 40;
    static final int NAME = 100;
    static final int EMAIL = 254;
    static final int ADDRESS = 1_000;
    static final int NOTES = 5_000;
    static final int BLOCKED_REASON = 500;
    static final int SEARCH = 100;

    private ContactLimits() {
    }
}
