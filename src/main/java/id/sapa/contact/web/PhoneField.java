package id.sapa.contact.web;

import id.sapa.shared.PhoneNumber;
import id.sapa.shared.PhoneNumber.InvalidPhoneNumberException;
import id.sapa.shared.ProblemException;

/** A phone number a request names, refused by the field name {@code phone} with the reason. */
final class PhoneField {

    private PhoneField() {
    }

    static PhoneNumber parse(String text) {
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidPhoneNumberException e) {
            throw ProblemException.invalidField("phone", e.getMessage());
        }
    }
}
