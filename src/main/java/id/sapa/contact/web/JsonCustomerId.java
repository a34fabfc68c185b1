package id.sapa.contact.web;

import java.math.BigInteger;

import id.sapa.shared.ProblemException;

/**
 * A customer id as JSON carries it. Billing systems often number their customers and send the number
 * bare; Sapa keeps it as the text it reads as. A fraction or a boolean is not an id.
 */
final class JsonCustomerId {

    private JsonCustomerId() {
    }

    /** The id as text (the contact rules then check its spelling), null for JSON null. */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text;
            case Integer number -> number.toString();
            case Long number -> number.toString();
            case BigInteger number -> number.toString();
            default -> throw ProblemException.invalidField("customerId", "must be a string or a whole number");
        };
    }
}
