package id.sapa.conversation.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.sapa.conversation.ChatMode;
import id.sapa.conversation.ConversationChanges;
import id.sapa.conversation.ConversationStatus;
import id.sapa.conversation.Priority;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.UserId;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PATCH /api/conversations/{id}}. A field left out changes nothing; for
 * {@code assignedCsId}, {@code internalNotes} and {@code snoozedUntil} an explicit {@code null} clears
 * the value (a snooze cleared opens the conversation again). A record
 * cannot tell those apart, so Jackson fills this bean through setters, which it calls only for the
 * fields present in the body.
 */
class UpdateConversationRequest {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 50;

    private ConversationStatus status;
    private Priority priority;
    private ChatMode mode;
    @Size(max = MAX_TAGS, message = "{sapa.Size.items}")
    private List<String> tags;
    @Size(max = 10_000)
    private String internalNotes;
    private boolean internalNotesGiven;
    private UUID assignedCsId;
    private boolean assignedCsIdGiven;
    private Instant snoozedUntil;
    private boolean snoozedUntilGiven;

    public void setStatus(ConversationStatus status) {
        this.status = status;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public void setMode(ChatMode mode) {
        this.mode = mode;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public void setInternalNotes(String internalNotes) {
        this.internalNotes = internalNotes;
        this.internalNotesGiven = true;
    }

    public void setAssignedCsId(UUID assignedCsId) {
        this.assignedCsId = assignedCsId;
        this.assignedCsIdGiven = true;
    }

    /** Until when the conversation is put aside (ISO-8601 with offset), as pending; null ends the snooze. */
    public void setSnoozedUntil(Instant snoozedUntil) {
        this.snoozedUntil = snoozedUntil;
        this.snoozedUntilGiven = true;
    }

    ConversationChanges toChanges() {
        return new ConversationChanges(status, priority, mode, tags == null ? null : cleanTags(),
                internalNotesGiven ? Optional.ofNullable(internalNotes).filter(notes -> !notes.isBlank()) : null,
                assignedCsIdGiven ? Optional.ofNullable(assignedCsId).map(UserId::new) : null,
                snoozedUntilGiven ? Optional.ofNullable(snoozedUntil) : null);
    }

    /** Tags are labels people type: trimmed, each once, in the order given. */
    private List<String> cleanTags() {
        for (String tag : tags) {
            if (tag == null || tag.isBlank() || tag.strip().length() > MAX_TAG_LENGTH) {
                throw ProblemException.invalidField("tags", new Text("setiap label harus 1 sampai " + MAX_TAG_LENGTH + " karakter",
                        "each tag must be 1 to " + MAX_TAG_LENGTH + " characters"));
            }
        }
        return tags.stream().map(String::strip).distinct().toList();
    }
}
