package id.sapa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void areVersionSevenWithTheCreationTimeFirst() {
        long before = System.currentTimeMillis();
        UUID id = Uuids.timeOrdered();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
        // The text form carries the same order as the time, which the primary-key indexes rely on.
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAndNeverRepeat() {
        UUID first = Uuids.timeOrdered();
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() == start) {
            Thread.onSpinWait(); // the next millisecond, not a sleep: ordering is by the millisecond
        }
        UUID second = Uuids.timeOrdered();
        assertThat(second.toString()).isGreaterThan(first.toString());

        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(Uuids.timeOrdered());
        }
        assertThat(seen).hasSize(100_000);
    }
}
