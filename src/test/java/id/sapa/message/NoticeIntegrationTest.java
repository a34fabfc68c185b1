package id.sapa.message;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.SenderType;
import id.sapa.message.Notice.Recipient.ToContact;
import id.sapa.message.Notice.Recipient.ToNumber;
import id.sapa.message.NoticeOutcome.Queued;
import id.sapa.message.NoticeOutcome.Reason;
import id.sapa.message.NoticeOutcome.Refused;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.support.Api;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/**
 * A billing notice to a customer: found or opened contact and conversation, queued once as a system
 * message marked with its type; refused, storing nothing, when the number cannot send, the contact
 * is blocked or opted out, or the 24-hour window is closed without an approved template.
 */
class NoticeIntegrationTest extends FakeProvidersTestSupport {

    static final Notice PAID = new Notice("payment_notification", "Pembayaran INV-7 sebesar Rp 150.000 diterima", null);

    @Autowired
    Messages messages;

    SignedIn owner;
    TenantId tenant;
    Sandbox sandbox;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Tagihan");
        tenant = owner.tenantId();
        sandbox = new Sandbox(api, owner.token());
    }

    @Test
    void toANewNumberItOpensAContactAndAConversationAndQueuesOneSystemNotice() {
        sandbox.connect();

        NoticeOutcome outcome = messages.sendNotice(tenant, new ToNumber(PhoneNumber.parse("0812-7000-1001")), PAID);

        assertThat(outcome).isInstanceOf(Queued.class);
        Message sent = ((Queued) outcome).message();
        assertThat(sent.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(sent.senderType()).isEqualTo(SenderType.SYSTEM);
        assertThat(sent.noticeType()).isEqualTo("payment_notification");
        Map<String, Object> contact = jdbc.sql("""
                SELECT id, phone, total_messages_received, total_messages_sent, total_conversations
                FROM contacts WHERE tenant_id = ?""").param(tenant.value()).query().singleRow();
        assertThat(contact).containsEntry("phone", "+6281270001001").containsEntry("total_messages_received", 0)
                .containsEntry("total_messages_sent", 1).containsEntry("total_conversations", 1);
        Map<String, Object> conversation = jdbc.sql("""
                SELECT id, contact_id, unread_count, last_message_from, last_message_content
                FROM conversations WHERE tenant_id = ?""").param(tenant.value()).query().singleRow();
        assertThat(conversation).containsEntry("contact_id", contact.get("id")).containsEntry("unread_count", 0)
                .containsEntry("last_message_from", "system")
                .containsEntry("last_message_content", "Pembayaran INV-7 sebesar Rp 150.000 diterima");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox("081270001001").size() == 1);
        assertThat(sandbox.outbox("081270001001").get(0).get("content").asString()).isEqualTo(PAID.text());

        Api.Reply history = api.get("/api/messages?conversationId=" + conversation.get("id")).token(owner.token()).send();
        assertThat(history.body()).contains("\"noticeType\":\"payment_notification\"");
    }

    @Test
    void toAKnownCustomerItReusesTheirContactAndConversation() {
        sandbox.connect();
        sandbox.customerSays("081270001002", "Sari", "Halo, tagihan saya berapa?");
        UUID contactId = jdbc.sql("SELECT id FROM contacts WHERE tenant_id = ?").param(tenant.value())
                .query(UUID.class).single();

        NoticeOutcome outcome = messages.sendNotice(tenant, new ToContact(new ContactId(contactId)), PAID);

        assertThat(outcome).isInstanceOf(Queued.class);
        assertThat(count("SELECT count(*) FROM contacts WHERE tenant_id = ?")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM conversations WHERE tenant_id = ?")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox("081270001002").size() == 1);
    }

    @Test
    void aNoticeThatMayNotGoStoresNothing() {
        PhoneNumber number = PhoneNumber.parse("081270001003");
        assertThat(reason(messages.sendNotice(tenant, new ToNumber(number), PAID))).isEqualTo(Reason.NOT_CONNECTED);
        sandbox.connect();
        String blocked = api.post("/api/contacts", Map.of("phone", "081270001003")).token(owner.token()).send()
                .json().get("id").asString();
        api.post("/api/contacts/" + blocked + "/block", Map.of("reason", "spam")).token(owner.token()).send();

        Refused refused = (Refused) messages.sendNotice(tenant, new ToNumber(number), PAID);

        assertThat(refused.reason()).isEqualTo(Reason.BLOCKED);
        assertThat(refused.detail().indonesian()).contains("diblokir");
        PhoneNumber optedOut = PhoneNumber.parse("081270001004");
        jdbc.sql("INSERT INTO contacts (id, tenant_id, phone, wa_id, opted_out_at) VALUES (?, ?, ?, ?, now())")
                .params(UUID.randomUUID(), tenant.value(), optedOut.e164(), optedOut.digits()).update();
        assertThat(reason(messages.sendNotice(tenant, new ToNumber(optedOut), PAID))).isEqualTo(Reason.OPTED_OUT);
        assertThat(count("SELECT count(*) FROM conversations WHERE tenant_id = ?")).isZero();
        assertThat(count("SELECT count(*) FROM messages WHERE tenant_id = ?")).isZero();
    }

    @Test
    void outsideTheWindowOnTheCloudApiOnlyTheApprovedTemplateGoes() {
        CloudNumber cloud = connectCloudApi(owner);
        String customer = "6281234567001";
        webhook(messages(cloud, contact(customer, "Budi"),
                text("wamid.OLD" + UUID.randomUUID(), customer, Instant.now().minus(3, ChronoUnit.DAYS), "Halo")));
        graph.templates(cloud.businessAccountId(), """
                {"name": "pembayaran_diterima", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "4001",
                 "components": [{"type": "BODY", "text": "Pembayaran {{1}} sebesar {{2}} diterima."}]}""", """
                {"name": "tagihan_tertunda", "language": "id", "status": "PENDING", "category": "UTILITY", "id": "4002",
                 "components": [{"type": "BODY", "text": "Tagihan {{1}}"}]}""");
        assertThat(api.post("/api/whatsapp/templates/sync", Map.of()).token(owner.token()).send().status()).isEqualTo(200);
        ToNumber to = new ToNumber(PhoneNumber.parse("+" + customer));

        assertThat(reason(messages.sendNotice(tenant, to, PAID))).isEqualTo(Reason.WINDOW_CLOSED);
        assertThat(reason(messages.sendNotice(tenant, to, new Notice("invoice_notification", "Tagihan INV-8",
                new TemplateRef("tagihan_tertunda", "id", List.of("INV-8")))))).isEqualTo(Reason.TEMPLATE_UNSENDABLE);
        NoticeOutcome templated = messages.sendNotice(tenant, to, new Notice("payment_notification", PAID.text(),
                new TemplateRef("pembayaran_diterima", "id", List.of("INV-7", "Rp 150.000"))));

        assertThat(templated).isInstanceOf(Queued.class);
        Message sent = ((Queued) templated).message();
        assertThat(sent.messageType().code()).isEqualTo("template");
        assertThat(sent.content()).isEqualTo("Pembayaran INV-7 sebesar Rp 150.000 diterima.");
        await().atMost(Duration.ofSeconds(10)).until(() -> graph.sentBodies(cloud.phoneNumberId()).size() == 1);
        assertThat(graph.sentBodies(cloud.phoneNumberId()).get(0)).contains("\"type\":\"template\"")
                .contains("pembayaran_diterima");
        assertThat(count("SELECT count(*) FROM messages WHERE tenant_id = ? AND direction = 'outbound'")).isEqualTo(1);
    }

    private static Reason reason(NoticeOutcome outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused) outcome).reason();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(tenant.value()).query(Long.class).single();
    }
}
