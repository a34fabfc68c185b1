package id.sapa.contact;

import java.math.BigInteger;
import java.util.regex.Pattern;

import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/**
 * The rules for the id a tenant's billing system gives a customer. It travels in URLs
 * ({@code /api/contacts/by-customer-id/{customerId}}), so it keeps to characters that need no escaping.
 */
public final class CustomerIds {

    static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private CustomerIds() {
    }

    /**
     * A customer id as JSON carries it: billing systems often number their customers and send the number
     * bare; Sapa keeps it as the text it reads as. A fraction or a boolean is not an id. Null for JSON null.
     *
     * @throws ProblemException naming the field {@code customerId} for any other JSON value
     */
    public static String fromJson(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text;
            case Integer number -> number.toString();
            case Long number -> number.toString();
            case BigInteger number -> number.toString();
            default -> throw ProblemException.invalidField("customerId", new Text("harus berupa teks atau bilangan bulat",
                    "must be a string or a whole number"));
        };
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
            throw ProblemException.invalidField("customerId", new Text(
                    "harus 1 sampai " + MAX_LENGTH + " huruf, angka atau . _ : -",
                    "must be 1 to " + MAX_LENGTH + " letters, digits or . _ : -"));
        }
        return trimmed;
    }
}
