package id.sapa.contact.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import id.sapa.contact.Contact;
import id.sapa.contact.Segment;

/** A contact as the API shows it (seed 002 field names). */
record ContactResponse(String id, String phone, String waId, String userId, String username, String customerId,
        String name, String avatarUrl, String email, String address, String notes, List<String> tags,
        Segment segment, int totalConversations, int totalMessagesSent, int totalMessagesReceived,
        Instant firstContactAt, Instant lastContactAt, int totalOrders, BigDecimal totalSpent,
        BigDecimal averageOrderValue, Instant lastOrderAt, boolean isBlocked, String blockedReason, Instant blockedAt,
        Instant optedOutAt, Instant createdAt, Instant updatedAt) {

    static ContactResponse of(Contact contact) {
        return new ContactResponse(contact.id().toString(), contact.whatsAppUser().e164(),
                contact.waId(), contact.userId(), contact.username(), contact.customerId(), contact.name(),
                contact.avatarUrl(), contact.email(), contact.address(), contact.notes(), contact.tags(),
                contact.segment(), contact.totalConversations(), contact.totalMessagesSent(),
                contact.totalMessagesReceived(), contact.firstContactAt(), contact.lastContactAt(),
                contact.totalOrders(), contact.totalSpent(), contact.averageOrderValue(), contact.lastOrderAt(),
                contact.isBlocked(), contact.blockedReason(), contact.blockedAt(), contact.optedOutAt(),
                contact.createdAt(), contact.updatedAt());
    }
}
