package id.sapa.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values travel in lower case (as in the seeds: {@code qr_pending}, {@code auto_reply}). */
public final class Codes {

    private Codes() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant for a lower-case code.
     *
     * @throws IllegalArgumentException naming the allowed codes, for a validation message
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code != null) {
            for (E value : type.getEnumConstants()) {
                if (code(value).equals(code)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException(notOneOf(type, code).english());
    }

    /**
     * The constant for a code a request gives in {@code field}.
     *
     * @throws ProblemException naming {@code field} and the allowed codes
     */
    public static <E extends Enum<E>> E parseField(Class<E> type, String code, String field) {
        try {
            return parse(type, code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, notOneOf(type, code));
        }
    }

    /** {@code 'x' is not one of a, b, c}. */
    public static <E extends Enum<E>> Text notOneOf(Class<E> type, String code) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
        return new Text("'" + code + "' bukan salah satu dari " + allowed, "'" + code + "' is not one of " + allowed);
    }
}
