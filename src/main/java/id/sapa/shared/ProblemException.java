package id.sapa.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A failure meant for the API caller: it carries its {@link ProblemType} and a human detail and is
 * rendered as {@code application/problem+json}. Modules throw it instead of inventing their own
 * exception-to-status mapping. A detail given as a {@link Text} is answered in the caller's
 * language; the exception's message (for logs) is the English one.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Text translated;
    private final Map<String, Object> properties;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, Map.of(), null);
    }

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail.english(), detail, Map.of(), null);
    }

    private ProblemException(ProblemType type, String detail, Text translated, Map<String, Object> properties,
            Duration retryAfter) {
        super(detail);
        this.type = type;
        this.translated = translated;
        this.properties = Map.copyOf(properties);
        this.retryAfter = retryAfter;
    }

    /** Not there, or belongs to another tenant: both answer the same so ids cannot be probed. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException forbidden(Text detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** A validation failure of one named field, shaped like the bean-validation ones. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message, null,
                Map.of("errors", List.of(new FieldError(field, message))), null);
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail, null, Map.of(), retryAfter);
    }

    public ProblemException with(String property, Object value) {
        var merged = new LinkedHashMap<>(properties);
        merged.put(property, value);
        return new ProblemException(type, getMessage(), translated, merged, retryAfter);
    }

    /** The same problem, telling the caller when to try again ({@code Retry-After}). */
    public ProblemException retryingAfter(Duration wait) {
        return new ProblemException(type, getMessage(), translated, properties, wait);
    }

    public ProblemType type() {
        return type;
    }

    /** The detail in the given language where it was written in Sapa's two, else as written. */
    public String detail(Locale language) {
        return translated == null ? getMessage() : translated.in(language);
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** When set, the response carries a {@code Retry-After} header in whole seconds. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** One invalid field in a validation problem's {@code errors[]}. */
    public record FieldError(String field, String message) {
    }
}
