package id.sapa.contact.web;

import java.util.List;

import id.sapa.contact.ContactPage;

/** A page of contacts in the list shape of DESIGN.md §3. */
record ContactList(List<ContactResponse> data, Meta meta) {

    static ContactList of(ContactPage page) {
        return new ContactList(page.contacts().stream().map(ContactResponse::of).toList(),
                new Meta(page.total(), page.page(), page.limit(), page.totalPages()));
    }

    record Meta(long total, int page, int limit, long totalPages) {
    }
}
