package id.sapa.contact;

import java.math.BigDecimal;
import java.time.Instant;

import id.sapa.shared.ContactId;

/** What the inbox shows about the customer next to a conversation. */
public record ContactSummary(ContactId id, String email, String address, int totalOrders, BigDecimal totalSpent,
        Instant lastOrderAt, boolean blocked) {
}
