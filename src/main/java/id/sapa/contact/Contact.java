package id.sapa.contact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.shared.WhatsAppUser;

/**
 * A customer of a tenant (seed 002 table 4), known by phone number, by WhatsApp user id (BSUID) or
 * both. The counters and contact times are kept by Sapa; the {@link #details() details} are written
 * by the team.
 *
 * @param phone      null for a customer WhatsApp knows only by username
 * @param waId       the WhatsApp id of the number: its digits without '+'
 * @param userId     the business-scoped user id Meta gives the customer, or null
 * @param username   the customer's WhatsApp username, shown when there is no number
 * @param customerId the id the tenant's billing system knows the customer by, or null; unique per tenant
 */
public record Contact(
        ContactId id,
        TenantId tenantId,
        PhoneNumber phone,
        String waId,
        String userId,
        String parentUserId,
        String username,
        String customerId,
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

    public WhatsAppUser whatsAppUser() {
        return new WhatsAppUser(phone, userId, parentUserId, username);
    }

    public ContactDetails details() {
        return new ContactDetails(name, email, address, notes, tags, segment, customerId);
    }
}
