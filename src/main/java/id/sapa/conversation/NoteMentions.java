package id.sapa.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sapa.conversation.Note.Mention;
import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;
import id.sapa.shared.Text;

/**
 * The colleagues a note names with @. A mention only goes to a member who may open the
 * conversation (a supervisor, its assignee, anyone while it is unassigned): naming someone who
 * could not read it would tell them nothing.
 */
@Component
class NoteMentions {

    static final int MAX_MENTIONS = 20;

    private final Operators operators;
    private final JdbcClient jdbc;

    NoteMentions(Operators operators, JdbcClient jdbc) {
        this.operators = operators;
        this.jdbc = jdbc;
    }

    /** The members named, each once, the author left out; 400 naming {@code mentions} for one who cannot be told. */
    List<Mention> resolve(Actor author, Conversation conversation, List<UserId> named) {
        if (named == null || named.isEmpty()) {
            return List.of();
        }
        var distinct = new LinkedHashSet<>(named);
        distinct.remove(author.userId());
        if (distinct.size() > MAX_MENTIONS) {
            throw ProblemException.invalidField("mentions",
                    new Text("paling banyak " + MAX_MENTIONS + " rekan", "at most " + MAX_MENTIONS + " colleagues"));
        }
        List<Mention> mentions = new ArrayList<>();
        for (UserId id : distinct) {
            Operator member = operators.find(author.tenantId(), id).filter(Operator::activated)
                    .orElseThrow(() -> ProblemException.invalidField("mentions",
                            new Text("menyebut orang yang bukan anggota tim", "names someone who is not on the team")));
            if (!member.can(Permission.SUPERVISE) && conversation.assignedCsId() != null
                    && !conversation.assignedCsId().equals(id)) {
                throw ProblemException.invalidField("mentions", new Text(
                        member.name() + " tidak dapat membuka percakapan ini: sudah ditugaskan ke orang lain",
                        member.name() + " cannot open this conversation: it is assigned to someone else"));
            }
            mentions.add(new Mention(id, member.name()));
        }
        return mentions;
    }

    void store(Note note) {
        for (Mention mention : note.mentions()) {
            jdbc.sql("""
                    INSERT INTO note_mentions (note_id, user_id, tenant_id, conversation_id, user_name)
                    VALUES (:noteId, :userId, :tenantId, :conversationId, :name)
                    """)
                    .param("noteId", note.id()).param("userId", mention.userId().value())
                    .param("tenantId", note.tenantId().value()).param("conversationId", note.conversationId().value())
                    .param("name", mention.name())
                    .update();
        }
    }

    /** The mentions of every note of the conversation, by note. */
    Map<UUID, List<Mention>> of(TenantId tenantId, ConversationId conversationId) {
        Map<UUID, List<Mention>> byNote = new HashMap<>();
        jdbc.sql("""
                SELECT note_id, user_id, user_name FROM note_mentions
                WHERE tenant_id = :tenantId AND conversation_id = :conversationId
                """)
                .param("tenantId", tenantId.value()).param("conversationId", conversationId.value())
                .query(rs -> {
                    byNote.computeIfAbsent(rs.getObject("note_id", UUID.class), id -> new ArrayList<>())
                            .add(new Mention(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("user_name")));
                });
        return byNote;
    }
}
