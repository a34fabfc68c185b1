package id.sapa.contact;

import java.util.List;

/** One page of a contact list and how many contacts the whole list has. */
public record ContactPage(List<Contact> contacts, long total, int page, int limit) {

    public ContactPage {
        contacts = List.copyOf(contacts);
    }

    public long totalPages() {
        return (total + limit - 1) / limit;
    }
}
