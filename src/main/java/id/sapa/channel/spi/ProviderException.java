package id.sapa.channel.spi;

/**
 * A provider refused a connection; the message is meant for the user.
 *
 * @see #field() the connect request field at fault, when one is
 */
public class ProviderException extends RuntimeException {

    private final String field;

    public ProviderException(String message) {
        this(null, message, null);
    }

    public ProviderException(String message, Throwable cause) {
        this(null, message, cause);
    }

    private ProviderException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** A connect request field that is missing or malformed, so the form can say it beside the field. */
    public static ProviderException invalidField(String field, String message) {
        return new ProviderException(field, message, null);
    }

    /** The request field at fault, or null when the refusal is about the whole request. */
    public String field() {
        return field;
    }
}
