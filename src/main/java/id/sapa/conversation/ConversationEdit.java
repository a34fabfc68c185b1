package id.sapa.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.sapa.conversation.ConversationEvent.ConversationResolved;
import id.sapa.conversation.ConversationEvent.InternalNotesChanged;
import id.sapa.conversation.ConversationEvent.ModeChanged;
import id.sapa.conversation.ConversationEvent.PriorityChanged;
import id.sapa.conversation.ConversationEvent.SnoozeChanged;
import id.sapa.conversation.ConversationEvent.StatusChanged;
import id.sapa.conversation.ConversationEvent.TagsChanged;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.UserId;

/**
 * The state a team member's changes lead to, and what actually changed, as the events to publish
 * (a new assignee is told by the editor, who knows who made the change). Values equal to the
 * current ones are no change at all: no event, no assignment history.
 */
record ConversationEdit(
        ConversationStatus status,
        Priority priority,
        ChatMode mode,
        List<String> tags,
        String internalNotes,
        UserId assignedCsId,
        Instant resolvedAt,
        Instant snoozedUntil,
        boolean reassigns,
        List<ConversationEvent> events) {

    /** @throws ProblemException 400 naming {@code snoozedUntil} for a time not in the future, {@code status} for a snooze that is not pending */
    static ConversationEdit of(Conversation before, ConversationChanges changes, Instant now) {
        // Snoozing puts the chat aside as pending; any other status ends the snooze, and ending it opens the chat.
        Optional<Instant> snooze = changes.snoozedUntil();
        ConversationStatus status;
        Instant snoozedUntil;
        if (snooze != null && snooze.isPresent()) {
            if (!snooze.get().isAfter(now)) {
                throw ProblemException.invalidField("snoozedUntil", new Text("harus di masa depan", "must be in the future"));
            }
            if (changes.status() != null && changes.status() != ConversationStatus.PENDING) {
                throw ProblemException.invalidField("status", new Text(
                        "harus pending (atau dikosongkan) untuk percakapan yang ditunda", "must be pending (or left out) for a snoozed conversation"));
            }
            status = ConversationStatus.PENDING;
            snoozedUntil = snooze.get().truncatedTo(ChronoUnit.MICROS);
        } else {
            boolean wakes = snooze != null && changes.status() == null && before.snoozedUntil() != null;
            status = wakes ? ConversationStatus.ACTIVE : Objects.requireNonNullElse(changes.status(), before.status());
            snoozedUntil = status == ConversationStatus.PENDING && snooze == null ? before.snoozedUntil() : null;
        }
        Priority priority = Objects.requireNonNullElse(changes.priority(), before.priority());
        List<String> tags = Objects.requireNonNullElse(changes.tags(), before.tags());
        String notes = changes.internalNotes() == null ? before.internalNotes() : changes.internalNotes().orElse(null);
        UserId assignee = changes.assignedCsId() == null ? before.assignedCsId() : changes.assignedCsId().orElse(null);
        boolean handedToSomeone = assignee != null && !assignee.equals(before.assignedCsId());
        // Seed 003: once a person takes the chat the bot stops answering; "paused" stays paused.
        ChatMode mode = changes.mode() != null ? changes.mode()
                : handedToSomeone && before.mode() == ChatMode.BOT ? ChatMode.AGENT : before.mode();
        Instant resolvedAt = status != ConversationStatus.RESOLVED ? null
                : before.status() == ConversationStatus.RESOLVED ? before.resolvedAt() : now;

        var tenantId = before.tenantId();
        var id = before.id();
        List<ConversationEvent> events = new ArrayList<>();
        if (status != before.status()) {
            events.add(status == ConversationStatus.RESOLVED ? new ConversationResolved(tenantId, id, resolvedAt)
                    : new StatusChanged(tenantId, id, status, before.status() == ConversationStatus.RESOLVED));
        }
        if (!Objects.equals(snoozedUntil, before.snoozedUntil())) {
            events.add(new SnoozeChanged(tenantId, id, snoozedUntil));
        }
        if (priority != before.priority()) {
            events.add(new PriorityChanged(tenantId, id, priority));
        }
        if (mode != before.mode()) {
            events.add(new ModeChanged(tenantId, id, mode));
        }
        if (!tags.equals(before.tags())) {
            events.add(new TagsChanged(tenantId, id, tags));
        }
        if (!Objects.equals(notes, before.internalNotes())) {
            events.add(new InternalNotesChanged(tenantId, id, notes));
        }
        boolean reassigns = !Objects.equals(assignee, before.assignedCsId());
        return new ConversationEdit(status, priority, mode, tags, notes, assignee, resolvedAt, snoozedUntil, reassigns,
                List.copyOf(events));
    }

    boolean changesAnything() {
        return reassigns || !events.isEmpty();
    }
}
