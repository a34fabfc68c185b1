package id.sapa.channel.internal.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import id.sapa.channel.spi.SendResult.Failure;
import id.sapa.channel.spi.SendResult.SendError;
import id.sapa.shared.TenantId;

/** Failures a tenant asked the sandbox to play on its next sends. Kept in memory: a test aid. */
@Component
class SandboxFaults {

    enum Kind {
        RATE_LIMIT(new SendError(Failure.RATE_LIMITED, "rate_limit", "Sandbox: too many messages, slow down",
                Duration.ofSeconds(1))),
        INVALID_RECIPIENT(new SendError(Failure.INVALID_RECIPIENT, "invalid_recipient",
                "Sandbox: this number is not on WhatsApp", null)),
        TIMEOUT(new SendError(Failure.TRANSIENT, "timeout", "Sandbox: the provider did not answer in time", null)),
        SERVER_ERROR(new SendError(Failure.TRANSIENT, "server_error", "Sandbox: the provider had an internal error", null));

        private final SendError error;

        Kind(SendError error) {
            this.error = error;
        }
    }

    private record Pending(int remaining, Kind kind) {
    }

    private final Map<TenantId, Pending> pending = new ConcurrentHashMap<>();

    void failNext(TenantId tenantId, int count, Kind kind) {
        if (count <= 0) {
            pending.remove(tenantId);
        } else {
            pending.put(tenantId, new Pending(count, kind));
        }
    }

    /** The failure to play for this send, if one is pending; counts it down. */
    SendError take(TenantId tenantId) {
        Pending[] taken = new Pending[1];
        pending.computeIfPresent(tenantId, (id, p) -> {
            taken[0] = p;
            return p.remaining() > 1 ? new Pending(p.remaining() - 1, p.kind()) : null;
        });
        return taken[0] == null ? null : taken[0].kind().error;
    }
}
