package id.sapa.auth;

import java.io.IOException;
import java.time.Duration;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;

import id.sapa.shared.Caches;
import id.sapa.auth.ApiKeyAuthentication.ApiKeyToken;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import id.sapa.shared.web.Problems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets a call made with an API key through only to the routes its scopes open (403 otherwise), and at
 * most {@code apiKeyRequestsPerMinute} a minute per key (429 with Retry-After), before any controller
 * runs. Calls of signed-in users pass untouched.
 */
class ApiKeyGate extends OncePerRequestFilter {

    private final JsonMapper json;
    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caches.builder()
            .expireAfterAccess(Duration.ofMinutes(5)).maximumSize(10_000).build();

    ApiKeyGate(JsonMapper json, int perMinute) {
        this.json = json;
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof ApiKeyToken key)) {
            chain.doFilter(request, response);
            return;
        }
        if (key.scopes().stream().noneMatch(scope -> scope.allows(request))) {
            Problems.write(request, response, json, ProblemException.forbidden(new Text(
                    "Cakupan kunci API ini tidak mencakup " + request.getMethod() + " " + request.getRequestURI(),
                    "This API key's scopes do not cover " + request.getMethod() + " " + request.getRequestURI())));
            return;
        }
        Bucket bucket = buckets.get(key.getPrincipal().apiKey(), prefix -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            Problems.write(request, response, json, new ProblemException(ProblemType.TOO_MANY_REQUESTS, new Text(
                    "Terlalu banyak permintaan dengan kunci API ini. Coba lagi dalam " + seconds + " detik.",
                    "Too many requests with this API key. Try again in " + seconds + " seconds."))
                    .retryingAfter(Duration.ofSeconds(seconds)));
            return;
        }
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        chain.doFilter(request, response);
    }
}
