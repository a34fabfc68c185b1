package id.sapa.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

class SerialExecutorTest {

    /** Holds the tasks handed to the shared executor until the test runs them. */
    private final List<Runnable> handedOver = new ArrayList<>();
    private final Executor shared = handedOver::add;

    @Test
    void runsTasksInTheOrderTheyCameOneDrainAtATime() {
        SerialExecutor executor = new SerialExecutor(shared, 10);
        List<String> ran = new ArrayList<>();

        executor.execute(() -> ran.add("typing-start"));
        executor.execute(() -> ran.add("typing-stop"));

        assertThat(handedOver).as("one drain for both").hasSize(1);
        handedOver.getFirst().run();
        assertThat(ran).containsExactly("typing-start", "typing-stop");
    }

    @Test
    void aFailingTaskDoesNotStopTheNextOnes() {
        SerialExecutor executor = new SerialExecutor(shared, 10);
        List<String> ran = new ArrayList<>();

        executor.execute(() -> {
            throw new IllegalStateException("broken handler");
        });
        executor.execute(() -> ran.add("next"));
        handedOver.getFirst().run();

        assertThat(ran).containsExactly("next");
        executor.execute(() -> ran.add("later"));
        assertThat(handedOver).as("a new drain once the first finished").hasSize(2);
        handedOver.getLast().run();
        assertThat(ran).containsExactly("next", "later");
    }

    @Test
    void refusesTasksBeyondItsCapacity() {
        SerialExecutor executor = new SerialExecutor(shared, 2);
        executor.execute(() -> {
        });
        executor.execute(() -> {
        });

        assertThatThrownBy(() -> executor.execute(() -> {
        })).isInstanceOf(RejectedExecutionException.class);
    }
}
