package id.sapa.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.conversation.ConversationEvent.ConversationAssigned;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.UserId;
import id.sapa.shared.jobs.Jobs;

/** Applies a team member's changes to a conversation: checks, writes, history and events, in one transaction. */
@Component
class ConversationEditor {

    private final ConversationRepository repository;
    private final AssignmentPolicy assignments;
    private final ApplicationEventPublisher events;
    private final Jobs jobs;
    private final Clock clock;

    ConversationEditor(ConversationRepository repository, AssignmentPolicy assignments,
            ApplicationEventPublisher events, Jobs jobs, Clock clock) {
        this.repository = repository;
        this.assignments = assignments;
        this.events = events;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** A snoozed conversation whose time has come is open again; one woken or changed meanwhile is left alone. */
    @Transactional(propagation = Propagation.MANDATORY)
    void wake(TenantId tenantId, ConversationId id) {
        // Locked first: a snooze moved to later meanwhile must not be ended by the earlier time's job.
        repository.lock(tenantId, id)
                .filter(c -> c.snoozedUntil() != null && !c.snoozedUntil().isAfter(clock.instant()))
                .ifPresent(c -> applyAutomatically(tenantId, id, new ConversationChanges(null, null, null, null, null,
                        null, Optional.empty())));
    }

    /**
     * A member answered a conversation nobody had: it is theirs now. One someone took meanwhile stays
     * theirs (the row is locked before it is read).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void takeOnReply(TenantId tenantId, ConversationId id, UserId by) {
        repository.lock(tenantId, id).filter(c -> c.assignedCsId() == null)
                .ifPresent(c -> apply(tenantId, by, id, ConversationChanges.assign(by), before -> {
                }, (before, edit) -> {
                }));
    }

    /** @param assigneeField the request field naming the new assignee, for errors about them */
    @Transactional(propagation = Propagation.MANDATORY)
    Conversation apply(Actor actor, ConversationId id, ConversationChanges changes, String assigneeField) {
        return apply(actor.tenantId(), actor.userId(), id, changes, before -> Conversations.checkVisible(actor, before),
                (before, edit) -> assignments.check(actor, before.assignedCsId(), edit.assignedCsId(), assigneeField));
    }

    /** The automation's changes: no one's permission to check, only that the assignee may answer chats. */
    @Transactional(propagation = Propagation.MANDATORY)
    Conversation applyAutomatically(TenantId tenantId, ConversationId id, ConversationChanges changes) {
        return apply(tenantId, null, id, changes, before -> {
                }, (before, edit) -> assignments.checkAssignee(tenantId, edit.assignedCsId(), "routeToCsId"));
    }

    /**
     * @param by          the user making the change, null for the automation
     * @param checkAccess refuses a conversation the user may not work on
     */
    private Conversation apply(TenantId tenantId, UserId by, ConversationId id, ConversationChanges changes,
            Consumer<Conversation> checkAccess, BiConsumer<Conversation, ConversationEdit> checkReassignment) {
        Conversation before = repository.lock(tenantId, id)
                .orElseThrow(() -> ProblemException.notFound(new Text("Percakapan", "Conversation"), id));
        checkAccess.accept(before);
        // The database keeps microseconds; the event must carry the time that was stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ConversationEdit edit = ConversationEdit.of(before, changes, now);
        if (!edit.changesAnything()) {
            return before;
        }
        if (edit.reassigns()) {
            checkReassignment.accept(before, edit);
        }
        repository.update(tenantId, id, edit, now);
        if (edit.snoozedUntil() != null && !edit.snoozedUntil().equals(before.snoozedUntil())) {
            jobs.schedule(SnoozeWakeJob.instance(tenantId, id, edit.snoozedUntil()), edit.snoozedUntil());
        }
        if (edit.reassigns()) {
            repository.recordAssignment(tenantId, id, before.assignedCsId(), edit.assignedCsId(), by, now);
            events.publishEvent(new ConversationAssigned(tenantId, id, before.assignedCsId(),
                    edit.assignedCsId(), by));
        }
        edit.events().forEach(events::publishEvent);
        return repository.find(tenantId, id).orElseThrow();
    }
}
