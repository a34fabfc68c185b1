package id.sapa.auth;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import id.sapa.shared.Caches;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows down password guessing: each failed sign-in takes a token from the e-mail's bucket and
 * from the client address's bucket; an empty bucket refuses further attempts (even correct ones)
 * until it refills. Buckets live in memory and are forgotten once idle for a whole window.
 */
@Component
class LoginThrottle {

    private final Cache<String, Bucket> buckets;
    private final int perEmail;
    private final int perIp;
    private final Duration window;

    LoginThrottle(AuthSettings settings) {
        this.perEmail = settings.loginFailuresPerEmail();
        this.perIp = settings.loginFailuresPerIp();
        this.window = settings.loginFailureWindow();
        this.buckets = Caches.builder()
                .expireAfterAccess(window)
                .maximumSize(100_000)
                .build();
    }

    /** Refuses the attempt with 429 and a Retry-After when either bucket is empty. */
    void checkAllowed(String email, String ip) {
        Duration wait = max(waitFor(emailKey(email)), waitFor(ipKey(ip)));
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            throw ProblemException.tooManyRequests(new Text(
                    "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + seconds + " detik.",
                    "Too many failed sign-in attempts. Try again in " + seconds + " seconds."), wait);
        }
    }

    void recordFailure(String email, String ip) {
        bucket(emailKey(email), perEmail).tryConsume(1);
        bucket(ipKey(ip), perIp).tryConsume(1);
    }

    /** A successful sign-in forgives the account's earlier typos; the address's count stays. */
    void recordSuccess(String email) {
        buckets.invalidate(emailKey(email));
    }

    private Duration waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }

    private static String emailKey(String email) {
        return "email:" + email;
    }

    private static String ipKey(String ip) {
        return "ip:" + ip;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
