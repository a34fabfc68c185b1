package id.sapa.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for rows written on the busy paths (messages, contacts, conversations, assignments) and for
 * request ids: UUID version 7 (RFC 9562), the creation time in milliseconds followed by random
 * bits. New rows land at the end of their primary-key index instead of at a random page, and no
 * call goes to the operating system's secure random source, which {@link UUID#randomUUID()} makes
 * every time.
 * Not for secrets: the bits are neither secret nor unguessable (tokens use a secure source).
 */
public final class Uuids {

    private Uuids() {
    }

    public static UUID timeOrdered() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
