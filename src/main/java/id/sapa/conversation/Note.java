package id.sapa.conversation;

import java.time.Instant;
import java.util.UUID;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** A note the team left on a conversation; the customer never sees it. */
public record Note(UUID id, TenantId tenantId, ConversationId conversationId, UserId authorId, String authorName,
        String content, Instant createdAt) {
}
