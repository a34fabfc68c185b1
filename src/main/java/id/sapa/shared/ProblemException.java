package id.sapa.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A failure meant for the API caller: it carries its {@link ProblemType} and a human detail and is
 * rendered as {@code application/problem+json}. Modules throw it instead of inventing their own
 * exception-to-status mapping. Every detail and field message is a {@link Text}, answered in the
 * caller's language; the exception's message (for logs) is the English one.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Text detail;
    private final Map<String, Object> properties;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail, Map.of(), null);
    }

    private ProblemException(ProblemType type, Text detail, Map<String, Object> properties, Duration retryAfter) {
        super(detail.english());
        this.type = type;
        this.detail = detail;
        this.properties = Map.copyOf(properties);
        this.retryAfter = retryAfter;
    }

    /**
     * Not there, or belongs to another tenant: both answer the same so ids cannot be probed.
     *
     * @param what the kind of thing, such as {@code new Text("Percakapan", "Conversation")}
     */
    public static ProblemException notFound(Text what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND,
                new Text(what.indonesian() + " " + id + " tidak ditemukan", what.english() + " " + id + " not found"));
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(Text detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** A validation failure of one named field, shaped like the bean-validation ones. */
    public static ProblemException invalidField(String field, Text message) {
        return invalidFields(List.of(new FieldError(field, message)));
    }

    /**
     * A validation failure of several fields at once; the detail names the first, {@code errors[]}
     * lists them all.
     */
    public static ProblemException invalidFields(List<FieldError> errors) {
        FieldError first = errors.getFirst();
        return new ProblemException(ProblemType.VALIDATION, first.message().after(first.field() + ": "),
                Map.of("errors", List.copyOf(errors)), null);
    }

    public static ProblemException tooManyRequests(Text detail, Duration retryAfter) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail, Map.of(), retryAfter);
    }

    /**
     * The same problem with one more property for programs (ids, field names, counts). A
     * {@link Text} or a list of {@link FieldError}s is answered in the caller's language.
     */
    public ProblemException with(String property, Object value) {
        var merged = new LinkedHashMap<>(properties);
        merged.put(property, value);
        return new ProblemException(type, detail, merged, retryAfter);
    }

    /** The same problem, telling the caller when to try again ({@code Retry-After}). */
    public ProblemException retryingAfter(Duration wait) {
        return new ProblemException(type, detail, properties, wait);
    }

    public ProblemType type() {
        return type;
    }

    public String detail(Locale language) {
        return detail.in(language);
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** When set, the response carries a {@code Retry-After} header in whole seconds. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * One invalid field in a validation problem's {@code errors[]}: answered as {@code {field,
     * message}} with the message in the caller's language; the field name is for programs and
     * never translated.
     */
    public record FieldError(String field, Text message) {
    }
}
