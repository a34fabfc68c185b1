package id.sapa.autoreply;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that decide on customer messages: a fixed pool of {@code workers} platform threads,
 * so a burst cannot take every database connection, and each decision runs on a warm thread (a new
 * virtual thread per message cost about 1.5 ms more at the median in the auto-reply benchmark:
 * nothing thread-local, such as the connection pool's per-thread list, is ever reused). Decisions
 * still queued when the server stops are not lost: their publications stay incomplete and are
 * offered again at the next start.
 *
 * <p>{@code spring.task.execution.mode: force} keeps Spring Boot's own executor the default for
 * every other asynchronous listener.
 */
@Configuration(proxyBeanMethods = false)
class AutoReplyWorkers {

    static final String NAME = "autoReplyExecutor";

    @Bean(NAME)
    ThreadPoolTaskExecutor autoReplyExecutor(AutoReplySettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.workers());
        executor.setMaxPoolSize(settings.workers());
        executor.setThreadNamePrefix("auto-reply-");
        executor.setDaemon(true);
        executor.setAcceptTasksAfterContextClose(false);
        return executor;
    }
}
