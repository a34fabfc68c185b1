package id.sapa.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

class TransientConflictsTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aTransactionThatLostADeadlockRunsAgain() {
        String result = TransientConflicts.retry(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new PessimisticLockingFailureException("deadlock detected");
            }
            return "recorded";
        });

        assertThat(result).isEqualTo("recorded");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aConflictThatPersistsIsReportedAfterFourAttempts() {
        assertThatThrownBy(() -> TransientConflicts.retry(() -> {
            attempts.incrementAndGet();
            throw new PessimisticLockingFailureException("deadlock detected");
        })).isInstanceOf(PessimisticLockingFailureException.class);

        assertThat(attempts).hasValue(4);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> TransientConflicts.retry(() -> {
            attempts.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate key");
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(attempts).hasValue(1);
    }
}
