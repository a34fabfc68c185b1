package id.sapa.quickreply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * A ready-made answer (seed 002 table 8).
 *
 * @param createdBy the author, {@code null} once removed
 * @param global    shared with the whole team; otherwise only its author sees and uses it
 */
public record QuickReply(
        UUID id,
        TenantId tenantId,
        UserId createdBy,
        String shortcut,
        String title,
        String message,
        String category,
        List<String> tags,
        int useCount,
        Instant lastUsedAt,
        boolean active,
        boolean global,
        Instant createdAt,
        Instant updatedAt) {
}
