package id.sapa.channel.spi;

import id.sapa.shared.Text;

/**
 * A provider refused a connection; the reason is meant for the user, in both of Sapa's languages
 * (what the provider itself said is quoted inside as it wrote it).
 *
 * @see #field() the connect request field at fault, when one is
 */
public class ProviderException extends RuntimeException {

    private final String field;
    private final Text reason;

    public ProviderException(Text reason) {
        this(null, reason, null);
    }

    public ProviderException(Text reason, Throwable cause) {
        this(null, reason, cause);
    }

    private ProviderException(String field, Text reason, Throwable cause) {
        super(reason.english(), cause);
        this.field = field;
        this.reason = reason;
    }

    /** A connect request field that is missing or malformed, so the form can say it beside the field. */
    public static ProviderException invalidField(String field, Text reason) {
        return new ProviderException(field, reason, null);
    }

    /** The request field at fault, or null when the refusal is about the whole request. */
    public String field() {
        return field;
    }

    /** Why, for the user. */
    public Text reason() {
        return reason;
    }
}
