package id.sapa.channel.internal.whapi;

import id.sapa.channel.spi.SendResult.Failure;
import id.sapa.channel.spi.SendResult.SendError;

/**
 * Whapi's failures sorted into what Sapa does about them: Whapi has no error codes of its own
 * worth more than the HTTP status, so the status decides.
 */
final class WhapiErrors {

    private WhapiErrors() {
    }

    static SendError classify(WhapiException e) {
        if (!e.answered) {
            return e.reachedServer
                    // Whapi has no idempotency key: a second try could deliver twice, so this one stops here.
                    ? new SendError(Failure.PERMANENT, "no_answer",
                            "Whapi did not answer in time; the message may have been delivered, check before sending it again", null)
                    : new SendError(Failure.TRANSIENT, "unreachable", "Whapi could not be reached: " + e.getMessage(), null);
        }
        Failure failure = switch (e.httpStatus) {
            case 401, 403 -> Failure.CREDENTIALS_REJECTED;
            case 429 -> Failure.RATE_LIMITED;
            default -> e.httpStatus >= 500 ? Failure.TRANSIENT : Failure.PERMANENT;
        };
        return new SendError(failure, "http_" + e.httpStatus, failure == Failure.CREDENTIALS_REJECTED
                ? "Whapi no longer accepts the channel's token (" + e.getMessage() + "); connect the number again"
                : e.getMessage(), null);
    }

    /** Whapi answered 2xx but did not send: nothing to try again. */
    static SendError notSent(String what) {
        return new SendError(Failure.PERMANENT, "not_sent", "Whapi did not " + what, null);
    }
}
