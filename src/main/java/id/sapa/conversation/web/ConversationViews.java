package id.sapa.conversation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import id.sapa.contact.ContactSummary;
import id.sapa.contact.Contacts;
import id.sapa.conversation.ChatMode;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.ConversationStatus;
import id.sapa.conversation.Priority;
import id.sapa.conversation.SenderType;
import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** Shapes conversations for the API (seed 002), adding the assignee and the customer from their modules. */
@Component
class ConversationViews {

    private final Operators operators;
    private final Contacts contacts;

    ConversationViews(Operators operators, Contacts contacts) {
        this.operators = operators;
        this.contacts = contacts;
    }

    /** One read of the team (a handful of people) names the assignees of a whole page. */
    List<ConversationItem> items(TenantId tenantId, List<Conversation> conversations) {
        boolean anyAssigned = conversations.stream().anyMatch(c -> c.assignedCsId() != null);
        Map<UserId, Operator> team = anyAssigned
                ? operators.list(tenantId).stream().collect(Collectors.toMap(Operator::id, Function.identity()))
                : Map.of();
        return conversations.stream()
                .map(c -> ConversationItem.of(c, c.assignedCsId() == null ? null : team.get(c.assignedCsId())))
                .toList();
    }

    ConversationDetail detail(Conversation conversation) {
        TenantId tenantId = conversation.tenantId();
        Operator assignee = conversation.assignedCsId() == null ? null
                : operators.find(tenantId, conversation.assignedCsId()).orElse(null);
        ContactSummary contact = conversation.contactId() == null ? null
                : contacts.summary(tenantId, conversation.contactId()).orElse(null);
        return ConversationDetail.of(conversation, assignee, contact);
    }

    /** A customer without a number (known by WhatsApp username) has customerUserId and customerUsername instead. */
    record ConversationItem(String id, String customerPhone, String customerUserId, String customerUsername,
            String customerName, String customerAvatar,
            ConversationStatus status, Priority priority, ChatMode mode, int unreadCount, LastMessage lastMessage,
            @JsonInclude(JsonInclude.Include.ALWAYS) AssignedCs assignedCs, List<String> tags, Instant createdAt,
            Instant windowExpiresAt, Instant snoozedUntil, CustomerMessage lastCustomerMessage) {

        static ConversationItem of(Conversation c, Operator assignee) {
            return new ConversationItem(c.id().toString(), c.customer().e164(), c.customer().userId(), c.customer().username(),
                    c.customerName(),
                    c.customerAvatarUrl(), c.status(), c.priority(), c.mode(), c.unreadCount(),
                    new LastMessage(c.lastMessageContent(), c.lastMessageFrom(), c.lastMessageAt()),
                    AssignedCs.of(assignee), c.tags(), c.createdAt(), c.windowExpiresAt(), c.snoozedUntil(),
                    c.lastCustomerMessageAt() == null ? null
                            : new CustomerMessage(c.lastCustomerMessageContent(), c.lastCustomerMessageAt()));
        }
    }

    record LastMessage(String content, SenderType from, Instant timestamp) {
    }

    /** What the customer last wrote: the row's preview, whoever answered since. */
    record CustomerMessage(String content, Instant timestamp) {
    }

    record AssignedCs(String id, String name, String avatar) {
        static AssignedCs of(Operator operator) {
            return operator == null ? null : new AssignedCs(operator.id().toString(), operator.name(), operator.avatarUrl());
        }
    }

    record ConversationDetail(String id, String customerPhone, String customerUserId, String customerUsername,
            String customerName, String customerAvatar,
            ConversationStatus status, Priority priority, ChatMode mode, List<String> tags, String internalNotes,
            int unreadCount, @JsonInclude(JsonInclude.Include.ALWAYS) AssignedCs assignedCs,
            @JsonInclude(JsonInclude.Include.ALWAYS) ContactView contact, Instant createdAt, Instant updatedAt,
            Instant resolvedAt, Instant windowExpiresAt, Instant snoozedUntil) {

        static ConversationDetail of(Conversation c, Operator assignee, ContactSummary contact) {
            return new ConversationDetail(c.id().toString(), c.customer().e164(), c.customer().userId(), c.customer().username(),
                    c.customerName(),
                    c.customerAvatarUrl(), c.status(), c.priority(), c.mode(), c.tags(), c.internalNotes(),
                    c.unreadCount(), AssignedCs.of(assignee), ContactView.of(contact), c.createdAt(), c.updatedAt(),
                    c.resolvedAt(), c.windowExpiresAt(), c.snoozedUntil());
        }
    }

    record ContactView(String id, String email, String address, int totalOrders, BigDecimal totalSpent,
            Instant lastOrderAt, @JsonProperty("isBlocked") boolean blocked) {

        static ContactView of(ContactSummary contact) {
            return contact == null ? null : new ContactView(contact.id().toString(), contact.email(), contact.address(),
                    contact.totalOrders(), contact.totalSpent(), contact.lastOrderAt(), contact.blocked());
        }
    }
}
