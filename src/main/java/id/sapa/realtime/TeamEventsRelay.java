package id.sapa.realtime;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import id.sapa.conversation.ConversationEvent.ConversationAssigned;
import id.sapa.conversation.ConversationEvent.NoteAdded;
import id.sapa.conversation.Note;
import id.sapa.operator.OperatorEvent.OperatorStatusChanged;
import id.sapa.operator.OperatorStatus;

/**
 * Pushes what the team needs to see of each other to the tenant's sockets on {@code /messages}:
 * presence ({@code cs-status-changed}), handovers ({@code conversation-assigned}), internal notes
 * ({@code internal-note-added}) and the colleagues a note names ({@code mentioned}).
 */
@Component
class TeamEventsRelay {

    private final TenantBroadcast broadcast;

    TeamEventsRelay(TenantBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    @EventListener
    void on(OperatorStatusChanged event) {
        broadcast.send(MessagesGateway.PATH, event.tenantId(), "cs-status-changed",
                () -> new CsStatusChanged(event.userId().toString(), event.status(), event.lastSeenAt()));
    }

    @EventListener
    void on(ConversationAssigned event) {
        broadcast.send(MessagesGateway.PATH, event.tenantId(), "conversation-assigned",
                () -> new ConversationAssignedPayload(event.conversationId().toString(), text(event.to()),
                        text(event.from()), text(event.by())));
    }

    /**
     * Goes to the team's sockets only: the customer's phone is never a socket. The colleagues it
     * names hear {@code mentioned} too, on whatever screen they are.
     */
    @EventListener
    void on(NoteAdded event) {
        Note note = event.note();
        NoteView view = new NoteView(note.id().toString(), new Author(text(note.authorId()), note.authorName()),
                note.content(), note.createdAt(),
                note.mentions().stream().map(m -> new Author(m.userId().toString(), m.name())).toList());
        broadcast.sendAbout(MessagesGateway.PATH, note.tenantId(), note.conversationId(), "internal-note-added",
                () -> new InternalNoteAdded(note.conversationId().toString(), view));
        if (!note.mentions().isEmpty()) {
            broadcast.sendTo(MessagesGateway.PATH, note.tenantId(),
                    note.mentions().stream().map(Note.Mention::userId).collect(Collectors.toSet()), "mentioned",
                    () -> new InternalNoteAdded(note.conversationId().toString(), view));
        }
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }

    record InternalNoteAdded(String conversationId, NoteView note) {
    }

    record NoteView(String id, Author author, String content, Instant createdAt, List<Author> mentions) {
    }

    @JsonInclude(Include.NON_NULL)
    record Author(String id, String name) {
    }

    /** {@code csOperatorId}: whose presence changed. */
    @JsonInclude(Include.NON_NULL)
    record CsStatusChanged(String csOperatorId, OperatorStatus status, Instant lastSeenAt) {
    }

    /**
     * @param assignedCsId   the new assignee; absent when the conversation went back to the queue
     * @param previousCsId   the one before, absent when it was unassigned
     * @param assignedBy     who did it; absent when Sapa assigned it automatically
     */
    @JsonInclude(Include.NON_NULL)
    record ConversationAssignedPayload(String conversationId, String assignedCsId, String previousCsId,
            String assignedBy) {
    }
}
