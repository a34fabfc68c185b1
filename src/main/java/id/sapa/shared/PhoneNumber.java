package id.sapa.shared;

import java.util.Objects;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;

/**
 * A customer's or business's phone number in E.164 form ({@code +6281234567890}). Parses the ways
 * Indonesians and WhatsApp write numbers: {@code 081234567890}, {@code +62 812-3456-7890},
 * {@code 6281234567890}, {@code 81234567890}, {@code 6281234567890@c.us}, {@code 6281234567890@s.whatsapp.net}.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "ID";
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
    private static final Pattern INDONESIAN_MOBILE_WITHOUT_ZERO = Pattern.compile("8\\d{8,11}");
    private static final Pattern INTERNATIONAL_WITHOUT_PLUS = Pattern.compile("[1-9]\\d{9,14}");
    /**
     * Every inbound message parses its sender, and the same customers write again and again:
     * remembering recent answers spares libphonenumber's metadata look-ups on the hot path.
     */
    private static final Cache<String, PhoneNumber> RECENT = Caches.builder().maximumSize(10_000).build();

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
    }

    /**
     * Reads a number as people type it.
     *
     * @throws InvalidPhoneNumberException saying why the text is not a usable number
     */
    public static PhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPhoneNumberException(new Text("nomor telepon wajib diisi", "a phone number is required"));
        }
        PhoneNumber known = RECENT.getIfPresent(text);
        if (known != null) {
            return known;
        }
        PhoneNumber parsed = read(text);
        RECENT.put(text, parsed);
        return parsed;
    }

    private static PhoneNumber read(String text) {
        String value = text.strip();
        int at = value.indexOf('@');
        if (at >= 0) {
            value = value.substring(0, at);
        }
        value = SEPARATORS.matcher(value).replaceAll("");
        // Billing exports drop the trunk '0' too (seed 004: 81234567890 is 081234567890): an Indonesian
        // mobile number first, before reading the digits as a country code (81 would be Japan).
        if (INDONESIAN_MOBILE_WITHOUT_ZERO.matcher(value).matches()) {
            try {
                var mobile = UTIL.parse("0" + value, DEFAULT_REGION);
                if (UTIL.isValidNumber(mobile)) {
                    return new PhoneNumber(UTIL.format(mobile, PhoneNumberFormat.E164));
                }
            } catch (NumberParseException notIndonesian) {
                // read below as an international number
            }
        }
        // WhatsApp ids and many exports drop the '+': 62812… is Indonesian with its country code.
        if (INTERNATIONAL_WITHOUT_PLUS.matcher(value).matches()) {
            value = "+" + value;
        }
        try {
            var parsed = UTIL.parse(value, DEFAULT_REGION);
            ValidationResult result = UTIL.isPossibleNumberWithReason(parsed);
            if (result != ValidationResult.IS_POSSIBLE && result != ValidationResult.IS_POSSIBLE_LOCAL_ONLY) {
                throw new InvalidPhoneNumberException(switch (result) {
                    case TOO_SHORT -> new Text("terlalu pendek untuk nomor telepon", "is too short for a phone number");
                    case TOO_LONG -> new Text("terlalu panjang untuk nomor telepon", "is too long for a phone number");
                    case INVALID_COUNTRY_CODE -> new Text("kode negaranya tidak dikenal", "has an unknown country code");
                    default -> new Text("bukan nomor telepon yang valid", "is not a valid phone number");
                }, text);
            }
            if (!UTIL.isValidNumber(parsed)) {
                throw new InvalidPhoneNumberException(new Text("bukan nomor telepon yang valid untuk negaranya",
                        "is not a valid phone number for its country"), text);
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            // libphonenumber's own words stay out: they are English and for programmers.
            throw new InvalidPhoneNumberException(new Text("bukan nomor telepon", "is not a phone number"), text);
        }
    }

    /**
     * Reads a number a request names.
     *
     * @throws ProblemException 400 naming {@code field}, with the reason, when it is not a usable number
     */
    public static PhoneNumber parseField(String text, String field) {
        try {
            return parse(text);
        } catch (InvalidPhoneNumberException e) {
            throw ProblemException.invalidField(field, e.reason());
        }
    }

    /**
     * Reads the WhatsApp id a provider gives for a customer ({@code 6281234567890}, optionally with
     * {@code @s.whatsapp.net} or {@code @c.us}). WhatsApp has just carried a message from it, so a
     * number libphonenumber's metadata does not know yet (a new range) is kept as the digits say
     * rather than losing the customer; only what cannot be a number at all is refused. The same
     * rule for every provider.
     *
     * @throws InvalidPhoneNumberException when the id has no usable digits
     */
    public static PhoneNumber ofWhatsAppId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidPhoneNumberException(new Text("ID WhatsApp wajib diisi", "a WhatsApp id is required"));
        }
        int at = id.indexOf('@');
        String digits = (at >= 0 ? id.substring(0, at) : id).replaceAll("[\\s+().-]", "");
        if (!digits.chars().allMatch(Character::isDigit) || !E164.matcher("+" + digits).matches()) {
            throw new InvalidPhoneNumberException(new Text("bukan ID WhatsApp", "is not a WhatsApp id"), id);
        }
        try {
            return parse("+" + digits);
        } catch (InvalidPhoneNumberException unknownToLibphonenumber) {
            return new PhoneNumber("+" + digits);
        }
    }

    /** The digits WhatsApp uses as the id of a number: E.164 without the '+'. */
    public String digits() {
        return e164.substring(1);
    }

    @Override
    public String toString() {
        return e164;
    }

    /** A number that cannot be used, with the reason in words a user understands. */
    public static class InvalidPhoneNumberException extends IllegalArgumentException {

        private final Text reason;

        public InvalidPhoneNumberException(Text reason) {
            super(reason.english());
            this.reason = reason;
        }

        /** The reason about the value as written, quoted first: {@code '0812' is too short …}. */
        InvalidPhoneNumberException(Text reason, String value) {
            this(reason.after("'" + value + "' "));
        }

        /** Why, in both languages, for a field message. */
        public Text reason() {
            return reason;
        }
    }
}
