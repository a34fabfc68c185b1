package id.sapa.autoreply;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Forgets the claims of messages decided long ago: no message is offered again after
 * {@code catchUp} (well under the two days kept), so an old claim guards nothing any more.
 */
@Configuration(proxyBeanMethods = false)
class HandledClaimsCleanup {

    static final Duration KEEP_CLAIMS = Duration.ofDays(2);

    private final HandledMessages handled;
    private final Clock clock;

    HandledClaimsCleanup(HandledMessages handled, Clock clock) {
        this.handled = handled;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> autoReplyClaimsCleanup() {
        return Tasks.recurring("auto-reply-claims-cleanup", FixedDelay.ofHours(6))
                .execute((instance, context) -> handled.forgetBefore(clock.instant().minus(KEEP_CLAIMS)));
    }
}
