package id.sapa.contact;

import java.util.regex.Pattern;

import id.sapa.shared.ProblemException;

/**
 * The rules for the id a tenant's billing system gives a customer. It travels in URLs
 * ({@code /api/contacts/by-customer-id/{customerId}}), so it keeps to characters that need no escaping.
 */
final class CustomerIds {

    static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private CustomerIds() {
    }

    /**
     * The id trimmed; {@code null} stays {@code null} (no customer id).
     *
     * @throws ProblemException naming the field {@code customerId} for a blank, too long or oddly spelled id
     */
    static String normalise(String customerId) {
        if (customerId == null) {
            return null;
        }
        String trimmed = customerId.strip();
        if (!ALLOWED.matcher(trimmed).matches()) {
            throw ProblemException.invalidField("customerId",
                    "must be 1 to " + MAX_LENGTH + " letters, digits or . _ : -");
        }
        return trimmed;
    }
}
