package id.sapa.shared.jobs;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * Builds the db-scheduler {@link Scheduler} from every {@link Task} bean, recurring ones included. Its data source is
 * transaction-aware, so a job scheduled inside a transaction exists exactly when that
 * transaction commits: no send without its row, no row without its send. A job's data is a record,
 * stored as JSON ({@link JsonJobData}). Modules inject it as
 * {@code SchedulerClient} to schedule; only this class starts and stops it.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
        // Recurring tasks are scheduled when the scheduler starts (once per cluster: by task name).
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(task -> (RecurringTask<?>) task).toList();
        List<Task<?>> others = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
                .startTasks(recurring)
                .serializer(new JsonJobData())
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                // db-scheduler's defaults (5 min, 6 missed) leave a dead node's send pending for half an hour.
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Starts polling once the application is up and stops before the database goes away. */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            /** A db-scheduler cannot start again once stopped, so it only stops with the context. */
            @Override
            public boolean isPauseable() {
                return false;
            }
        };
    }
}
