package id.sapa.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.conversation.ConversationEvent.NoteAdded;
import id.sapa.conversation.Note.Mention;
import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.UserId;

/**
 * Internal notes: what the team tells each other about a conversation. They are stored apart from
 * the messages, so no send path, counter or reply-time statistic can ever pick one up.
 */
@Service
public class Notes {

    static final int MAX_LENGTH = 4000;

    private final Conversations conversations;
    private final Operators operators;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NoteMentions mentions;

    Notes(Conversations conversations, Operators operators, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock, NoteMentions mentions) {
        this.conversations = conversations;
        this.operators = operators;
        this.mentions = mentions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Leaves a note naming {@code mentioned} colleagues, who are told (a supervisor, or anyone who may open the chat). */
    @Transactional
    public Note add(Actor actor, ConversationId conversationId, String content, List<UserId> mentioned) {
        if (content == null || content.isBlank()) {
            throw ProblemException.invalidField("content", FieldMessages.REQUIRED);
        }
        if (content.length() > MAX_LENGTH) {
            throw ProblemException.invalidField("content", FieldMessages.atMostCharacters(MAX_LENGTH));
        }
        Conversation conversation = conversations.getVisible(actor, conversationId);
        String author = operators.find(actor.tenantId(), actor.userId()).map(Operator::name).orElse(null);
        List<Mention> named = mentions.resolve(actor, conversation, mentioned);
        Note note = new Note(UUID.randomUUID(), actor.tenantId(), conversationId, actor.userId(), author,
                content.strip(), clock.instant().truncatedTo(ChronoUnit.MICROS), named);
        jdbc.sql("""
                INSERT INTO conversation_notes (id, tenant_id, conversation_id, author_id, author_name, content, created_at)
                VALUES (:id, :tenantId, :conversationId, :authorId, :authorName, :content, :at)
                """)
                .param("id", note.id())
                .param("tenantId", note.tenantId().value())
                .param("conversationId", conversationId.value())
                .param("authorId", actor.userId().value())
                .param("authorName", author)
                .param("content", note.content())
                .param("at", Timestamp.from(note.createdAt()))
                .update();
        mentions.store(note);
        events.publishEvent(new NoteAdded(note));
        return note;
    }

    /** The conversation's notes, oldest first. */
    public List<Note> list(Actor actor, ConversationId conversationId) {
        conversations.getVisible(actor, conversationId);
        Map<UUID, List<Mention>> mentioned = mentions.of(actor.tenantId(), conversationId);
        return jdbc.sql("""
                SELECT * FROM conversation_notes WHERE tenant_id = :tenantId AND conversation_id = :conversationId
                ORDER BY created_at, id LIMIT 1000
                """)
                .param("tenantId", actor.tenantId().value())
                .param("conversationId", conversationId.value())
                .query((rs, row) -> {
                    UUID author = rs.getObject("author_id", UUID.class);
                    return new Note(rs.getObject("id", UUID.class), actor.tenantId(), conversationId,
                            author == null ? null : new UserId(author), rs.getString("author_name"),
                            rs.getString("content"), rs.getTimestamp("created_at").toInstant(),
                            mentioned.get(rs.getObject("id", UUID.class)));
                })
                .list();
    }
}
