package id.sapa.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.conversation.Conversations;
import id.sapa.conversation.InboundConversation;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.TenantId;
import id.sapa.support.WebIntegrationTest;
import id.sapa.tenant.Tenants;

/** How the contacts the team manages meet the inbound pipeline, over the real database. */
@WebIntegrationTest
class ContactsIntegrationTest {

    private static final WhatsAppUser PHONE = WhatsAppUser.of(PhoneNumber.parse("081234567890"));

    @Autowired
    Contacts contacts;
    @Autowired
    Conversations conversations;
    @Autowired
    Tenants tenants;
    @Autowired
    TransactionTemplate transactions;

    TenantId tenant;

    @BeforeEach
    void newTenant() {
        tenant = tenants.create("Toko Integrasi").id();
    }

    @Test
    void aBlockedContactsMessagesAreStillCounted() {
        Contact contact = contacts.create(tenant, PHONE.phone(),
                new ContactDetails("Spammer", null, null, null, null, null, null));
        contacts.block(tenant, contact.id(), "spam");

        InboundContact inbound = transactions.execute(tx -> contacts.recordInbound(tenant,
                WhatsAppUser.of(PhoneNumber.parse("+62 812-3456-7890")), "Someone", Instant.parse("2026-11-23T10:00:00Z")));

        assertThat(inbound.id()).isEqualTo(contact.id());
        assertThat(inbound.blocked()).isTrue();
        assertThat(inbound.firstEver()).isFalse();
        Contact after = contacts.get(tenant, contact.id());
        assertThat(after.totalMessagesReceived()).isEqualTo(1);
        assertThat(after.name()).isEqualTo("Spammer");
        assertThat(after.isBlocked()).isTrue();
    }

    @Test
    void aMergedContactsCustomerIdPassesToTheKeptOne() {
        Contact byNumber = contacts.create(tenant, PHONE.phone(),
                new ContactDetails("Budi", null, null, null, null, null, "CUST-7"));
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        InboundContact byUserId = transactions.execute(tx ->
                contacts.recordInbound(tenant, WhatsAppUser.ofUserId("ID.1234567890"), "Budi", at));

        transactions.executeWithoutResult(tx -> contacts.merge(tenant, byUserId.id(), byNumber.id()));

        Contact kept = contacts.findByCustomerId(tenant, "CUST-7").orElseThrow();
        assertThat(kept.id()).isEqualTo(byUserId.id());
        assertThat(kept.phone()).isEqualTo(PHONE.phone());
        assertThat(contacts.find(tenant, byNumber.id())).isEmpty();
    }

    @Test
    void blockingIsPerTenant() {
        Contact contact = contacts.create(tenant, PHONE.phone(),
                new ContactDetails(null, null, null, null, null, null, null));
        contacts.block(tenant, contact.id(), null);
        TenantId other = tenants.create("Toko Lain").id();

        assertThat(contacts.isBlocked(tenant, contact.id())).isTrue();
        assertThat(contacts.isBlocked(other, contact.id())).isFalse();
        assertThat(contacts.find(other, contact.id())).isEmpty();
    }

    @Test
    void aDeletedContactsConversationStaysWithoutIt() {
        InboundConversation opened = transactions.execute(tx -> {
            InboundContact inbound = contacts.recordInbound(tenant, PHONE, "Budi", Instant.parse("2026-11-23T10:00:00Z"));
            return conversations.recordInbound(tenant, inbound, PHONE, "Halo", Instant.parse("2026-11-23T10:00:00Z"), true);
        });
        assertThat(opened.conversation().contactId()).isNotNull();

        contacts.delete(tenant, opened.conversation().contactId());

        assertThat(conversations.get(tenant, opened.conversation().id()).contactId()).isNull();
        assertThat(conversations.get(tenant, opened.conversation().id()).customerPhone()).isEqualTo(PHONE.phone());
    }

    @Test
    void aCustomerWritingAgainAfterTheirContactWasDeletedGetsTheirOldConversationBack() {
        Instant first = Instant.parse("2026-11-23T10:00:00Z");
        InboundConversation opened = transactions.execute(tx -> conversations.recordInbound(tenant,
                contacts.recordInbound(tenant, PHONE, "Budi", first), PHONE, "Halo", first, true));
        contacts.delete(tenant, opened.conversation().contactId());

        InboundConversation again = transactions.execute(tx -> conversations.recordInbound(tenant,
                contacts.recordInbound(tenant, PHONE, "Budi", first.plusSeconds(60)), PHONE, "Masih ada?",
                first.plusSeconds(60), true));

        assertThat(again.conversation().id()).isEqualTo(opened.conversation().id());
        assertThat(again.conversation().contactId()).isNotNull();
        assertThat(again.conversation().totalMessages()).isEqualTo(2);
    }
}
