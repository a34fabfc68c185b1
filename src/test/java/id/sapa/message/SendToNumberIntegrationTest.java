package id.sapa.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.SenderType;
import id.sapa.message.AutomaticContent.Template;
import id.sapa.message.AutomaticContent.Text;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemException.FieldError;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** A notice addressed to a phone number: the contact and conversation are found or opened, the message queued once. */
class SendToNumberIntegrationTest extends WebTestSupport {

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
    void toANewNumberItOpensAContactAndAConversationAndQueuesOnce() {
        sandbox.connect();

        Optional<Message> sent = messages.sendToNumber(tenant, "0812-7000-1001", SenderType.SYSTEM,
                new Text("Tagihan INV-7 sebesar Rp150.000 jatuh tempo besok"));

        assertThat(sent).isPresent();
        assertThat(sent.get().status()).isEqualTo(MessageStatus.PENDING);
        Map<String, Object> contact = jdbc.sql("""
                SELECT id, phone, total_messages_received, total_messages_sent, total_conversations
                FROM contacts WHERE tenant_id = ?""").param(tenant.value()).query().singleRow();
        assertThat(contact).containsEntry("phone", "+6281270001001").containsEntry("total_messages_received", 0)
                .containsEntry("total_messages_sent", 1).containsEntry("total_conversations", 1);
        Map<String, Object> conversation = jdbc.sql("""
                SELECT id, contact_id, customer_phone, unread_count, total_messages, last_message_from, last_message_content
                FROM conversations WHERE tenant_id = ?""").param(tenant.value()).query().singleRow();
        assertThat(conversation).containsEntry("contact_id", contact.get("id"))
                .containsEntry("customer_phone", "+6281270001001").containsEntry("unread_count", 0)
                .containsEntry("total_messages", 1).containsEntry("last_message_from", "system")
                .containsEntry("last_message_content", "Tagihan INV-7 sebesar Rp150.000 jatuh tempo besok");
        assertThat(sent.get().conversationId().value()).isEqualTo(conversation.get("id"));
        assertThat(sent.get().senderType()).isEqualTo(SenderType.SYSTEM);
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox("081270001001").size() == 1);
        assertThat(sandbox.outbox("081270001001").get(0).get("content").asString())
                .isEqualTo("Tagihan INV-7 sebesar Rp150.000 jatuh tempo besok");
        assertThat(count("SELECT count(*) FROM messages WHERE tenant_id = ?")).isEqualTo(1);
    }

    @Test
    void toAKnownNumberItReusesTheCustomersContactAndConversation() {
        sandbox.connect();
        sandbox.customerSays("081270001002", "Sari", "Halo, tagihan saya berapa?");
        Object conversationId = jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ?").param(tenant.value())
                .query().singleValue();
        Object contactId = jdbc.sql("SELECT id FROM contacts WHERE tenant_id = ?").param(tenant.value())
                .query().singleValue();

        Optional<Message> sent = messages.sendToNumber(tenant, "+62 812-7000-1002", SenderType.SYSTEM,
                new Text("Tagihan Kakak Rp75.000"));

        assertThat(sent).isPresent();
        assertThat(sent.get().conversationId().value()).isEqualTo(conversationId);
        assertThat(count("SELECT count(*) FROM contacts WHERE tenant_id = ?")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM conversations WHERE tenant_id = ?")).isEqualTo(1);
        Map<String, Object> contact = jdbc.sql("""
                SELECT id, name, total_messages_received, total_messages_sent, total_conversations
                FROM contacts WHERE tenant_id = ?""").param(tenant.value()).query().singleRow();
        assertThat(contact).containsEntry("id", contactId).containsEntry("name", "Sari")
                .containsEntry("total_messages_received", 1).containsEntry("total_messages_sent", 1)
                .containsEntry("total_conversations", 1);
        assertThat(jdbc.sql("SELECT unread_count FROM conversations WHERE tenant_id = ?").param(tenant.value())
                .query(Integer.class).single()).as("the notice is not a customer message").isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox("081270001002").size() == 1);
    }

    @Test
    void anInvalidNumberIsRefusedNamingTheFieldAndStoresNothing() {
        sandbox.connect();

        assertThatThrownBy(() -> messages.sendToNumber(tenant, "12ab", SenderType.SYSTEM, new Text("Halo")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(problem.properties().get("errors")).asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.list(FieldError.class))
                            .singleElement().extracting(FieldError::field).isEqualTo("phone");
                });
        assertThat(count("SELECT count(*) FROM contacts WHERE tenant_id = ?")).isZero();
    }

    @Test
    void nothingIsCreatedWhenTheSendCannotGo() {
        // Never connected: no number to send from.
        assertThat(messages.sendToNumber(tenant, "081270001003", SenderType.SYSTEM, new Text("Halo"))).isEmpty();
        sandbox.connect();
        // A template the tenant does not have.
        assertThat(messages.sendToNumber(tenant, "081270001003", SenderType.SYSTEM,
                new Template(new TemplateRef("tagihan_" + UUID.randomUUID(), "id", java.util.List.of("Rp1")))))
                .isEmpty();

        assertThat(count("SELECT count(*) FROM contacts WHERE tenant_id = ?")).isZero();
        assertThat(count("SELECT count(*) FROM conversations WHERE tenant_id = ?")).isZero();
        assertThat(count("SELECT count(*) FROM messages WHERE tenant_id = ?")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(tenant.value()).query(Long.class).single();
    }
}
