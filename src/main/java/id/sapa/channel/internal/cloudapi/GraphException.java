package id.sapa.channel.internal.cloudapi;

/**
 * A Graph API call that did not succeed: Meta's error object, an HTTP failure, or no answer.
 */
class GraphException extends RuntimeException {

    /** 0 when no response came. */
    final int httpStatus;
    /** Meta's {@code error.code}, or null. */
    final Integer code;
    /** Meta's {@code error.error_data.details}, or null. */
    final String details;
    /** Whether a response came at all. */
    final boolean answered;
    /** Whether the request may have reached Meta (so acting on it again could repeat it). */
    final boolean reachedServer;

    GraphException(int httpStatus, Integer code, String message, String details) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.details = details;
        this.answered = true;
        this.reachedServer = true;
    }

    private GraphException(String message, boolean reachedServer, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
        this.code = null;
        this.details = null;
        this.answered = false;
        this.reachedServer = reachedServer;
    }

    /** The connection could not be made: nothing reached Meta. */
    static GraphException unreachable(Throwable cause) {
        return new GraphException("WhatsApp Cloud API could not be reached: " + cause.getMessage(), false, cause);
    }

    /** The request went out but no answer came in time: Meta may have acted on it. */
    static GraphException noAnswer(Throwable cause) {
        return new GraphException("WhatsApp Cloud API did not answer in time", true, cause);
    }

    /** What to show a person: Meta's details when it gave them. */
    String reason() {
        return details == null || details.isBlank() ? getMessage() : getMessage() + " — " + details;
    }
}
