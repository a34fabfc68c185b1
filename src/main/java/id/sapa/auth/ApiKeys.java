package id.sapa.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;

import id.sapa.shared.Caches;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.Uuids;

/**
 * The tenant's API keys. A key reads {@code sapa_<prefix>_<secret>}: the prefix finds it, the secret
 * proves it, and only the secret's SHA-256 is stored (a key is random, so a slow password hash would
 * add nothing but latency to every call). A key acts with its scopes' permissions, cut down to what its
 * issuer can do today.
 */
@Service
public class ApiKeys {

    static final String PREFIX = "sapa_";
    private static final int PREFIX_LENGTH = 8;
    private static final int SECRET_LENGTH = 40;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** A revoked key or a demoted issuer takes effect at once on this node, within this on the others. */
    static final Duration CACHE = Duration.ofSeconds(5);
    /** {@code last_used_at} is written at most this often per key: a busy key must not write per call. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final Operators operators;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Optional<Resolved>> resolved = Caches.builder()
            .expireAfterWrite(CACHE).maximumSize(10_000).build();
    private final ConcurrentMap<UUID, Instant> touched = new ConcurrentHashMap<>();

    ApiKeys(ApiKeyRepository keys, Operators operators, Clock clock) {
        this.keys = keys;
        this.operators = operators;
        this.clock = clock;
    }

    /** A new key with its secret, which is never shown again. */
    public record Issued(ApiKey key, String secret) {

        @Override
        public String toString() {
            return "Issued[" + key.prefix() + "]";
        }
    }

    public Issued create(Actor issuer, String name, Set<ApiKeyScope> scopes) {
        if (issuer.isApiKey()) {
            throw ProblemException.forbidden(new Text("Kunci API tidak dapat membuat kunci API",
                    "An API key cannot create API keys"));
        }
        for (ApiKeyScope scope : scopes) {
            if (!issuer.permissions().containsAll(scope.permissions())) {
                throw ProblemException.forbidden(new Text(
                        "Anda tidak dapat memberi kunci cakupan " + scope.code() + ": peran Anda tidak mengizinkannya",
                        "You cannot give a key the scope " + scope.code() + ": your role does not allow it"))
                        .with("field", "scopes");
            }
        }
        String prefix = randomText(PREFIX_LENGTH);
        String secret = PREFIX + prefix + "_" + randomText(SECRET_LENGTH);
        ApiKey key = new ApiKey(Uuids.timeOrdered(), issuer.tenantId(), name, prefix, scopes, issuer.userId(),
                clock.instant(), null, null);
        keys.insert(key, hash(secret));
        return new Issued(key, secret);
    }

    public List<ApiKey> list(Actor actor) {
        return keys.list(actor.tenantId());
    }

    /** Revokes one of the actor's tenant's keys: another tenant's key is not found. */
    public void revoke(Actor actor, UUID id) {
        ApiKey key = keys.find(actor.tenantId(), id).orElseThrow(() -> ProblemException.notFound(new Text("Kunci API", "API key"), id));
        keys.revoke(actor.tenantId(), id, clock.instant());
        resolved.invalidate(key.prefix());
    }

    static boolean looksLikeKey(String token) {
        return token.startsWith(PREFIX);
    }

    /**
     * The actor a presented key stands for; empty for an unknown, malformed or revoked key, or one whose
     * issuer is no longer in the team.
     */
    Optional<Resolved> authenticate(String token) {
        int separator = token.indexOf('_', PREFIX.length());
        if (separator != PREFIX.length() + PREFIX_LENGTH) {
            return Optional.empty();
        }
        String prefix = token.substring(PREFIX.length(), separator);
        Optional<Resolved> found = resolved.get(prefix, this::load);
        if (found.isEmpty() || !MessageDigest.isEqual(found.get().secretHash(), hash(token))) {
            return Optional.empty();
        }
        touch(found.get().key());
        return found;
    }

    private Optional<Resolved> load(String prefix) {
        return keys.findByPrefix(prefix)
                .filter(stored -> !stored.key().revoked())
                .flatMap(stored -> operators.find(stored.key().tenantId(), stored.key().issuedBy())
                        .map(issuer -> {
                            Set<Permission> allowed = EnumSet.noneOf(Permission.class);
                            stored.key().scopes().forEach(scope -> allowed.addAll(scope.permissions()));
                            allowed.retainAll(issuer.effectivePermissions());
                            return new Resolved(stored.key(), stored.secretHash(),
                                    Actor.ofApiKey(stored.key().tenantId(), PREFIX + prefix, issuer.role(), allowed));
                        }));
    }

    private void touch(ApiKey key) {
        Instant now = clock.instant();
        Instant last = touched.get(key.id());
        if (last == null || !now.isBefore(last.plus(TOUCH_EVERY))) {
            touched.put(key.id(), now);
            keys.touch(key.id(), now);
        }
    }

    /** A live key with the actor it stands for. */
    record Resolved(ApiKey key, byte[] secretHash, Actor actor) {
    }

    private String randomText(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(text);
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
