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
        throw new IllegalArgumentException("'" + code + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", ")));
    }
}
