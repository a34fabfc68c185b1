package id.sapa.channel.internal.whapi;

/** A Whapi call that did not succeed: an HTTP error with Whapi's reason, or no answer. */
class WhapiException extends RuntimeException {

    /** 0 when no response came. */
    final int httpStatus;
    /** Whether a response came at all. */
    final boolean answered;
    /** Whether the request may have reached Whapi (so acting on it again could repeat it). */
    final boolean reachedServer;

    /** Whapi answered {@code httpStatus} with this reason ({@code error.message}, or the bare status). */
    WhapiException(int httpStatus, String reason) {
        super(reason);
        this.httpStatus = httpStatus;
        this.answered = true;
        this.reachedServer = true;
    }

    private WhapiException(String message, boolean reachedServer, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
        this.answered = false;
        this.reachedServer = reachedServer;
    }

    /** No response came; {@code reachedServer} says whether the request may have been received. */
    static WhapiException noAnswer(String message, boolean reachedServer, Throwable cause) {
        return new WhapiException(message, reachedServer, cause);
    }
}
