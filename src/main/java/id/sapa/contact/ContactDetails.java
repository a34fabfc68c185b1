package id.sapa.contact;

import java.util.List;

/**
 * What the team (or the business's billing system) writes about a contact, as opposed to what Sapa
 * counts. A {@code null} is an empty field; {@code tags} is never {@code null}.
 *
 * @param customerId the id the billing system knows the customer by; unique within the tenant
 */
public record ContactDetails(String name, String email, String address, String notes, List<String> tags,
        Segment segment, String customerId) {

    public ContactDetails {
        tags = tags == null ? List.of() : tags;
    }

    public ContactDetails withTags(List<String> tags) {
        return new ContactDetails(name, email, address, notes, tags, segment, customerId);
    }

    /** Trimmed, blank text as empty, tags in their one spelling (the tag and customer id rules may refuse them). */
    ContactDetails normalised() {
        return new ContactDetails(text(name), text(email), text(address), text(notes), Tags.normalise(tags), segment,
                CustomerIds.normalise(customerId));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
