package id.sapa.contact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;

/**
 * A customer of a tenant, one per phone number (seed 002 table 4). The counters and contact times are
 * kept by Sapa; the {@link #details() details} are written by the team.
 *
 * @param waId the WhatsApp id of the number: its digits without '+'
 */
public record Contact(
        ContactId id,
        TenantId tenantId,
        PhoneNumber phone,
        String waId,
        String name,
        String avatarUrl,
        String email,
        String address,
        String notes,
        List<String> tags,
        Segment segment,
        int totalConversations,
        int totalMessagesSent,
        int totalMessagesReceived,
        Instant firstContactAt,
        Instant lastContactAt,
        int totalOrders,
        BigDecimal totalSpent,
        BigDecimal averageOrderValue,
        Instant lastOrderAt,
        boolean isBlocked,
        String blockedReason,
        Instant blockedAt,
        Instant optedOutAt,
        Instant createdAt,
        Instant updatedAt) {

    public Contact {
        tags = List.copyOf(tags);
    }

    public ContactDetails details() {
        return new ContactDetails(name, email, address, notes, tags, segment);
    }
}
