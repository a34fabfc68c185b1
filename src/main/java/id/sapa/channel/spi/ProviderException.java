package id.sapa.channel.spi;

/** A provider refused a connection; the message is meant for the user. */
public class ProviderException extends RuntimeException {

    public ProviderException(String message) {
        super(message);
    }

    public ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
