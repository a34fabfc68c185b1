package id.sapa.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.conversation.ConversationEvent.ConversationAssigned;
import id.sapa.operator.OperatorEvent.OperatorCapacityChanged;
import id.sapa.operator.OperatorEvent.OperatorRemoved;
import id.sapa.operator.OperatorEvent.OperatorStatusChanged;
import id.sapa.operator.AssignmentStrategy;
import id.sapa.operator.OperatorStatus;
import id.sapa.operator.Workloads;
import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;
import id.sapa.shared.jobs.Jobs;
import id.sapa.tenant.TenantChanged;
import id.sapa.tenant.Tenants;

/**
 * Automatic assignment (tenant setting {@code autoAssign}): conversations waiting for someone are
 * handed to online members under their {@code maxConcurrentChats}; those nobody can take wait in the
 * unassigned queue until someone comes online or frees up.
 *
 * <p>Every occasion (a conversation opened or re-opened, someone online, a conversation resolved,
 * closed or given back, more capacity) schedules a durable hand-out job. This module's own events
 * schedule it in the changing transaction (part of that unit of work); another module's events
 * (presence, capacity, settings) are durable module listeners, scheduling it right after their commit.
 * A hand-out first takes the tenant's queue lock, so two arrivals at once are handed out one after
 * the other and never both into someone's last free place; each job drains the whole queue, so an
 * extra job is a cheap no-op and a missed one is impossible.
 */
@Configuration(proxyBeanMethods = false)
class AutoAssignment {

    /** The job's data: the tenant whose queue is handed out. */
    static final TaskDescriptor<TenantId> TASK = TaskDescriptor.of("assign-conversations", TenantId.class);
    /** A run hands out at most this many, then leaves the rest to a fresh job. */
    private static final int MAX_PER_RUN = 500;
    /** When the waiting conversations are all being changed by someone, look again after this. */
    private static final Duration RETRY_BUSY = Duration.ofSeconds(2);

    private final AssignmentRepository assignments;
    private final Workloads workloads;
    private final ConversationRepository conversations;
    private final Tenants tenants;
    private final Jobs jobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AutoAssignment(AssignmentRepository assignments, Workloads workloads, ConversationRepository conversations,
            Tenants tenants, Jobs jobs, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.assignments = assignments;
        this.workloads = workloads;
        this.conversations = conversations;
        this.tenants = tenants;
        this.jobs = jobs;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Bean
    OneTimeTask<TenantId> assignConversationsTask() {
        return Tasks.oneTime(TASK).execute((instance, context) -> handOut(instance.getData()));
    }

    /** Schedules a hand-out for the tenant, in the caller's transaction when there is one. */
    void schedule(TenantId tenantId) {
        if (enabled(tenantId)) {
            schedule(tenantId, clock.instant());
        }
    }

    /** Every occasion gets its own job: one already running could have read the queue too early. */
    private void schedule(TenantId tenantId, Instant at) {
        jobs.schedule(TASK.instance(tenantId + ":" + UUID.randomUUID()).data(tenantId).build(), at);
    }

    /** The change is this module's own: the hand-out is scheduled in its transaction. */
    @EventListener
    void on(ConversationEvent event) {
        if (freesOrQueues(event)) {
            schedule(event.tenantId());
        }
    }

    /** Whether a conversation now waits in the queue, or someone has room for one more. */
    static boolean freesOrQueues(ConversationEvent event) {
        return switch (event) {
            case ConversationEvent.ConversationOpened opened -> true;
            case ConversationEvent.ConversationReopened reopened -> true;
            case ConversationEvent.ConversationResolved resolved -> true;
            case ConversationEvent.StatusChanged changed -> changed.status() != ConversationStatus.SPAM;
            case ConversationAssigned assigned -> assigned.to() == null;
            default -> false;
        };
    }

    @ApplicationModuleListener(condition = "#event.status() == T(id.sapa.operator.OperatorStatus).ONLINE")
    void on(OperatorStatusChanged event) {
        schedule(event.tenantId());
    }

    @ApplicationModuleListener
    void on(OperatorCapacityChanged event) {
        schedule(event.tenantId());
    }

    /** Turning automatic assignment on hands out what is already waiting. */
    @ApplicationModuleListener
    void on(TenantChanged event) {
        schedule(event.tenantId());
    }

    @ApplicationModuleListener
    void on(OperatorRemoved event) {
        schedule(event.tenantId());
    }

    /**
     * Hands out the tenant's queue until it is empty or nobody is free; answers how many. Each
     * conversation is its own short transaction holding one conversation and one member: a hand-out
     * never holds a member while waiting for another lock, so it cannot close a circle of waits with
     * someone assigning or resolving by hand. Conversations being changed right now are skipped and
     * looked at again shortly.
     */
    int handOut(TenantId tenantId) {
        if (!enabled(tenantId)) {
            return 0;
        }
        AssignmentStrategy strategy = AssignmentStrategy.of(tenants.get(tenantId).settings());
        int count = 0;
        while (count < MAX_PER_RUN) {
            Step step = transaction.execute(status -> handOutOne(tenantId, strategy));
            if (step == Step.ASSIGNED) {
                count++;
            } else {
                if (step == Step.SKIPPED_BUSY) {
                    schedule(tenantId, clock.instant().plus(RETRY_BUSY));
                }
                return count;
            }
        }
        schedule(tenantId, clock.instant());
        return count;
    }

    private Step handOutOne(TenantId tenantId, AssignmentStrategy strategy) {
        assignments.lockTenantQueue(tenantId);
        Optional<ConversationId> next = assignments.lockNextQueued(tenantId);
        if (next.isEmpty()) {
            return assignments.queue(tenantId, 1).isEmpty() ? Step.NOTHING_WAITING : Step.SKIPPED_BUSY;
        }
        Optional<UserId> free = workloads.claimFree(tenantId, strategy);
        if (free.isEmpty()) {
            return Step.NOBODY_FREE;
        }
        assign(tenantId, next.get(), free.get());
        return Step.ASSIGNED;
    }

    private enum Step {
        ASSIGNED, NOTHING_WAITING, NOBODY_FREE, SKIPPED_BUSY
    }

    /**
     * Makes the caller's transaction the tenant's only hand-out until it commits, like a hand-out
     * job: take it before locking the conversation, so it never closes a circle of waits.
     */
    void lockQueue(TenantId tenantId) {
        assignments.lockTenantQueue(tenantId);
    }

    /**
     * Claims a member to take a conversation right now, whatever the tenant's {@code autoAssign}
     * setting: {@code preferred} when they are online, under capacity and answer chats, else the
     * least loaded such member; locked until commit. The caller holds the queue lock
     * ({@link #lockQueue}), so racing hand-outs see this claim and never pass anyone's capacity.
     */
    Optional<UserId> claimNow(TenantId tenantId, UserId preferred) {
        Optional<UserId> free = preferred == null ? Optional.empty()
                : workloads.claimIfFree(tenantId, preferred);
        if (free.isEmpty()) {
            free = workloads.claimFree(tenantId, AssignmentStrategy.LEAST_LOADED);
        }
        free.ifPresent(member -> workloads.recordHandOut(tenantId, member,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return free;
    }

    private void assign(TenantId tenantId, ConversationId id, UserId to) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        assignments.assign(tenantId, id, to, now);
        workloads.recordHandOut(tenantId, to, now);
        conversations.recordAssignment(tenantId, id, null, to, null, now);
        events.publishEvent(new ConversationAssigned(tenantId, id, null, to, null));
    }

    private boolean enabled(TenantId tenantId) {
        return tenants.find(tenantId).map(tenant -> Boolean.TRUE.equals(tenant.settings().get("autoAssign")))
                .orElse(false);
    }
}
