package id.sapa.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * A note the team left on a conversation; the customer never sees it.
 *
 * @param mentions the colleagues it names with @, who are told
 */
public record Note(UUID id, TenantId tenantId, ConversationId conversationId, UserId authorId, String authorName,
        String content, Instant createdAt, List<Mention> mentions) {

    public Note {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A colleague named in a note, with the name the note showed then. */
    public record Mention(UserId userId, String name) {
    }
}
