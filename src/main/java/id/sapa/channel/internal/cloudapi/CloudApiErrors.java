package id.sapa.channel.internal.cloudapi;

import java.time.Duration;
import java.util.Set;

import id.sapa.channel.spi.SendResult.Failure;
import id.sapa.channel.spi.SendResult.SendError;

/**
 * Meta's error codes sorted into what Sapa does about them (the reference's taxonomy): wait and
 * retry, wait for that one customer, send a template instead, give up on the recipient, ask the
 * tenant for new credentials, or stop because of a policy block.
 */
final class CloudApiErrors {

    /** Meta's pair limit is about one message every six seconds to the same customer. */
    static final Duration PAIR_PACE = Duration.ofSeconds(6);

    private static final Set<Integer> THROTTLED = Set.of(4, 17, 80007, 130429);
    private static final Set<Integer> TRANSIENT = Set.of(1, 2, 131057);
    private static final Set<Integer> RECIPIENT = Set.of(131026, 131049, 131050, 131021);
    private static final Set<Integer> CREDENTIALS = Set.of(0, 190);
    private static final Set<Integer> POLICY = Set.of(368, 131031, 131048);

    static final int WINDOW_CLOSED = 131047;
    static final int PAIR_RATE_LIMIT = 131056;

    private CloudApiErrors() {
    }

    static SendError classify(GraphException e) {
        if (!e.answered) {
            return e.reachedServer
                    // Meta has no idempotency key: a second try could deliver twice, so this one stops here.
                    ? new SendError(Failure.PERMANENT, "no_answer",
                            "WhatsApp did not answer in time; the message may have been delivered, check before sending it again", null)
                    : new SendError(Failure.TRANSIENT, "unreachable", e.getMessage(), null);
        }
        Integer code = e.code;
        String key = code == null ? "http_" + e.httpStatus : String.valueOf(code);
        if (code == null) {
            Failure failure = e.httpStatus >= 500 || e.httpStatus == 429 ? Failure.TRANSIENT : Failure.PERMANENT;
            return new SendError(failure, key, e.reason(), null);
        }
        if (code == WINDOW_CLOSED) {
            return new SendError(Failure.WINDOW_CLOSED, key,
                    "The 24-hour customer service window is closed; send an approved template instead", null);
        }
        if (code == PAIR_RATE_LIMIT) {
            return new SendError(Failure.RATE_LIMITED, key,
                    "Too many messages to this customer in a short time; sending again shortly", PAIR_PACE);
        }
        if (THROTTLED.contains(code)) {
            return new SendError(Failure.RATE_LIMITED, key, e.reason(), null);
        }
        if (TRANSIENT.contains(code) || e.httpStatus >= 500) {
            return new SendError(Failure.TRANSIENT, key, e.reason(), null);
        }
        if (RECIPIENT.contains(code)) {
            return new SendError(Failure.INVALID_RECIPIENT, key,
                    "WhatsApp could not deliver to this customer (" + e.reason() + ")", null);
        }
        if (CREDENTIALS.contains(code)) {
            return new SendError(Failure.CREDENTIALS_REJECTED, key,
                    "The WhatsApp access token is no longer valid; connect the number again with a new token", null);
        }
        if (POLICY.contains(code)) {
            return new SendError(Failure.POLICY, key,
                    "WhatsApp blocked sending from this number (" + e.reason() + "); check the account in Meta Business Manager",
                    null);
        }
        return new SendError(Failure.PERMANENT, key, e.reason(), null);
    }
}
