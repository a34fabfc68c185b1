package id.sapa.autoreply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import id.sapa.message.MessageEvents.MessageReceived;
import id.sapa.message.MessageHistory;

/**
 * Decides, after a start, on the customer messages of the last {@code catchUp} that have no
 * decision: those a crash or a stop cut off between their commit and their decision. Runs beside
 * the live path (each message is claimed once, whoever comes first). Also forgets old claims.
 */
@Configuration(proxyBeanMethods = false)
class AutoReplyCatchUp {

    static final Duration KEEP_CLAIMS = Duration.ofDays(2);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(AutoReplyCatchUp.class);

    private final AutoReplyEngine engine;
    private final MessageHistory history;
    private final HandledMessages handled;
    private final AutoReplySettings settings;
    private final Clock clock;

    AutoReplyCatchUp(AutoReplyEngine engine, MessageHistory history, HandledMessages handled,
            AutoReplySettings settings, Clock clock) {
        this.engine = engine;
        this.history = history;
        this.handled = handled;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (settings.enabled() && settings.catchUp().isPositive()) {
            Instant since = clock.instant().minus(settings.catchUp());
            Thread.ofVirtual().name("auto-reply-catch-up").start(() -> catchUp(since));
        }
    }

    /** @return how many messages stored from {@code since} on it decided on */
    int catchUp(Instant since) {
        int decided = 0;
        while (true) {
            List<MessageReceived> batch = history.receivedSince(since, BATCH);
            Set<UUID> done = handled.handledAmong(batch.stream().map(r -> r.message().id().value()).toList());
            for (MessageReceived received : batch) {
                if (!done.contains(received.message().id().value())) {
                    engine.decide(received.message(), received.replyId());
                    decided++;
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            since = batch.getLast().message().createdAt();
        }
        if (decided > 0) {
            log.info("Auto-reply caught up with {} customer messages left without a decision", decided);
        }
        return decided;
    }

    @Bean
    RecurringTask<Void> autoReplyClaimsCleanup() {
        return Tasks.recurring("auto-reply-claims-cleanup", FixedDelay.ofHours(6))
                .execute((instance, context) -> handled.forgetBefore(clock.instant().minus(KEEP_CLAIMS)));
    }
}
