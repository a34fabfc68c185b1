package id.sapa.contact;

/** The contact an upsert by customer id left, and whether it had to create it. */
public record UpsertedContact(Contact contact, boolean created) {
}
