package id.sapa.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.conversation.ConversationEvents.ConversationAssigned;
import id.sapa.conversation.ConversationEvents.ConversationChanged;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.ProblemException;

/** Applies a team member's changes to a conversation: checks, writes, history and events, in one transaction. */
@Component
class ConversationEditor {

    private final ConversationRepository repository;
    private final AssignmentPolicy assignments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationEditor(ConversationRepository repository, AssignmentPolicy assignments,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.assignments = assignments;
        this.events = events;
        this.clock = clock;
    }

    /** @param assigneeField the request field naming the new assignee, for errors about them */
    @Transactional(propagation = Propagation.MANDATORY)
    Conversation apply(Actor actor, ConversationId id, ConversationChanges changes, String assigneeField) {
        Conversation before = repository.lock(actor.tenantId(), id)
                .orElseThrow(() -> ProblemException.notFound("Conversation", id));
        Conversations.checkVisible(actor, before);
        // The database keeps microseconds; the event must carry the time that was stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ConversationEdit edit = ConversationEdit.of(before, changes, now);
        if (!edit.changesAnything()) {
            return before;
        }
        if (edit.reassigns()) {
            assignments.check(actor, before.assignedCsId(), edit.assignedCsId(), assigneeField);
        }
        repository.update(actor.tenantId(), id, edit, now);
        if (edit.reassigns()) {
            repository.recordAssignment(actor.tenantId(), id, before.assignedCsId(), edit.assignedCsId(),
                    actor.userId(), now);
            events.publishEvent(new ConversationAssigned(actor.tenantId(), id, before.assignedCsId(),
                    edit.assignedCsId(), actor.userId()));
        }
        events.publishEvent(new ConversationChanged(actor.tenantId(), id, edit.updates()));
        return repository.find(actor.tenantId(), id).orElseThrow();
    }
}
