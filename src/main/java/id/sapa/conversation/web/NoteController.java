package id.sapa.conversation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.conversation.Note;
import id.sapa.conversation.Notes;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.UserId;
import id.sapa.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/conversations/{id}/notes")
@Tag(name = "Conversations")
class NoteController {

    private final Notes notes;

    NoteController(Notes notes) {
        this.notes = notes;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leave an internal note on the conversation",
            description = "Only the team sees it (pushed as internal-note-added); it is never sent to the customer.")
    Added add(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody NoteRequest request) {
        List<UUID> named = request.mentions() == null ? List.of() : request.mentions();
        if (named.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.invalidField("mentions", new Text("harus berupa id pengguna", "must be user ids"));
        }
        List<UserId> mentioned = named.stream().map(UserId::new).toList();
        return new Added(true, NoteView.of(notes.add(actor, new ConversationId(id), request.content(), mentioned)));
    }

    @GetMapping
    @Operation(summary = "The conversation's internal notes, oldest first")
    NoteList list(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return new NoteList(notes.list(actor, new ConversationId(id)).stream().map(NoteView::of).toList());
    }

    record NoteRequest(@Schema(example = "@Rina pelanggan minta dikirim besok pagi") String content,
            @Schema(description = "ids of the colleagues the note names; each is told (mentioned) and finds the chat "
                    + "under Mentions; a member who cannot open the conversation is refused") List<UUID> mentions) {
    }

    record Added(boolean success, NoteView note) {
    }

    record NoteList(List<NoteView> notes) {
    }

    record NoteView(String id, String conversationId, Author author, String content, Instant createdAt,
            List<Author> mentions) {
        static NoteView of(Note note) {
            return new NoteView(note.id().toString(), note.conversationId().toString(),
                    new Author(note.authorId() == null ? null : note.authorId().toString(), note.authorName()),
                    note.content(), note.createdAt(),
                    note.mentions().stream().map(m -> new Author(m.userId().toString(), m.name())).toList());
        }
    }

    record Author(String id, String name) {
    }
}
