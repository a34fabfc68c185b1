package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * The engine end to end on the sandbox: customers write, rules answer through the send queue, and
 * the guards, menus, limits, routing and delayed replies behave as the seeds say.
 */
class AutoReplyFlowWebTest extends SandboxCustomerTestSupport {

    @Autowired
    ReplyDelivery delivery;
    @Autowired
    TransactionTemplate transaction;

    private Map<String, Object> conversationRow() {
        return jdbc.sql("SELECT mode, priority, tags::text AS tags, assigned_cs_id FROM conversations WHERE tenant_id = ?")
                .param(owner.tenantId().value()).query().singleRow();
    }

    private String presetId(String preset) {
        for (JsonNode rule : rules(owner)) {
            if (preset.equals(rule.get("preset").asString())) {
                return rule.get("id").asString();
            }
        }
        throw new AssertionError("no preset " + preset);
    }

    /** Sets the outside-hours preset to hours that are open now, or closed now (today and yesterday off). */
    private void workingHoursNow(boolean open) {
        String id = presetId("outside_hours");
        JsonNode rule = api.get("/api/auto-reply/rules/" + id).token(owner.token()).send().json().get("rule");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Map<String, Object> hours = open ? Map.of("start", "00:00", "end", "00:00")
                : Map.of("start", "08:00", "end", "17:00", "holidays", List.of(today.minusDays(1).toString(), today.toString()));
        Api.Reply reply = api.put("/api/auto-reply/rules/" + id, Map.of("name", rule.get("name").asString(),
                "triggerType", "time_based", "workingHours", hours, "responseType", "text",
                "responseMessage", rule.get("responseMessage").asString(), "priority", rule.get("priority").asInt(),
                "continueToNext", rule.get("continueToNext").asBoolean(), "cooldownMinutes", 120, "delaySeconds", 0))
                .token(owner.token()).send();
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void aNewBusinessAnswersWithItsPresetsByDay() {
        workingHoursNow(true);

        says("Halo kak");
        awaitOutbox(1);
        assertThat(outbox().getFirst()).isEqualTo("Halo Kak Budi Santoso! 👋 Selamat datang di Toko Sapa. Ada yang bisa kami bantu?");

        // The price preset waits for the shop's own prices before it answers anyone.
        String priceId = presetId("price");
        JsonNode preset = api.get("/api/auto-reply/rules/" + priceId).token(owner.token()).send().json().get("rule");
        assertThat(preset.get("isActive").asBoolean()).isFalse();
        assertThat(api.put("/api/auto-reply/rules/" + priceId, Map.of("name", preset.get("name").asString(),
                "triggerType", "keyword", "keywords", List.of("harga", "berapa"), "responseType", "text",
                "responseMessage", "Terima kasih sudah bertanya, Kak {{name}}! Kaos polos Rp 50.000.", "delaySeconds", 0))
                .token(owner.token()).send().status()).isEqualTo(200);

        says("Harga kaos polos berapa?");
        awaitOutbox(2);
        assertThat(outbox().get(1)).startsWith("Terima kasih sudah bertanya, Kak Budi Santoso!");
        JsonNode price = api.get("/api/auto-reply/rules/" + presetId("price")).token(owner.token()).send().json();
        assertThat(price.get("rule").get("totalTriggered").asInt()).isEqualTo(1);
        assertThat(price.get("rule").get("lastTriggeredAt").isNull()).isFalse();
        JsonNode log = price.get("recentLogs").get(0);
        assertThat(log.get("triggeredByMessage").asString()).isEqualTo("Harga kaos polos berapa?");
        assertThat(log.get("matchedKeyword").asString()).isEqualTo("harga");
        assertThat(log.get("responseSent").asString()).startsWith("Terima kasih sudah bertanya");
        assertThat(log.get("success").asBoolean()).isTrue();
        assertThat(log.get("executionTimeMs").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ? AND sender_type = 'auto_reply'")
                .param(owner.tenantId().value()).query(Integer.class).single()).isEqualTo(outbox().size());
    }

    @Test
    void atNightANewCustomerGetsOneAnswerSayingWhenTheTeamIsBack() {
        workingHoursNow(false);
        says("Halo, jam buka toko sampai jam berapa?");
        awaitOutbox(1);
        assertThat(outbox().getFirst()).startsWith("Halo Kak Budi Santoso, terima kasih sudah menghubungi Toko Sapa.")
                .contains("di luar jam kerja");
        // The decision stored every answer it made at once: the welcome and the hours did not follow.
        assertThat(dispatches("pending") + dispatches("sent")).isEqualTo(1);
        assertThat(outbox()).hasSize(1);
    }

    @Test
    void aComplaintGoesToTheTeamWithHighPriorityAndTheBotFallsSilent() {
        withoutRules(owner);
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        createId(owner, Map.of("name", "Komplain", "triggerType", "keyword", "keywords", List.of("rusak", "refund"),
                "responseType", "forward_to_cs", "routeCondition", "complaint", "routeToCsId", operator.userId(),
                "responseMessage", "Maaf {{first_name}}, tim kami segera membantu.", "priority", 100, "delaySeconds", 0));
        createId(owner, keywordRule("Harga", List.of("harga"), "50rb"));

        says("barangnya rusak, minta refund");
        awaitOutbox(1);
        assertThat(outbox().getFirst()).isEqualTo("Maaf Budi, tim kami segera membantu.");
        Map<String, Object> row = conversationRow();
        assertThat(row).containsEntry("mode", "agent").containsEntry("priority", "high")
                .containsEntry("assigned_cs_id", UUID.fromString(operator.userId()));
        assertThat((String) row.get("tags")).contains("complaint");

        says("harga?");
        assertThat(dispatches("pending") + dispatches("sent")).isEqualTo(1);
        assertThat(autoReplies()).isEqualTo(1);
    }

    @Test
    void smartRouteWithoutAnOperatorLeavesTheConversationInTheQueue() {
        withoutRules(owner);
        createId(owner, Map.of("name", "Urgent", "triggerType", "pattern", "regexPattern", "(?i)\\burgent\\b",
                "responseType", "smart_route", "routeCondition", "urgent", "delaySeconds", 0));
        says("URGENT tolong");
        await().atMost(Duration.ofSeconds(10)).until(() -> "agent".equals(conversationRow().get("mode")));
        Map<String, Object> row = conversationRow();
        assertThat(row).containsEntry("priority", "urgent");
        assertThat(row.get("assigned_cs_id")).isNull();
        assertThat(outbox()).isEmpty();
    }

    @Test
    void templateResponsesSendTheirQuickReplysText() {
        withoutRules(owner);
        String quickReply = api.post("/api/quick-replies", Map.of("shortcut", "/promo", "title", "Promo",
                "message", "Promo {{date}} untuk {{name}}")).token(owner.token()).send().json().get("quickReply").get("id")
                .asString();
        createId(owner, with(keywordRule("Promo", List.of("promo"), null), "responseType", "template",
                "quickReplyId", quickReply));
        says("ada promo?");
        awaitOutbox(1);
        assertThat(outbox().getFirst()).startsWith("Promo ").endsWith("untuk Budi Santoso");
    }

    @Test
    void aMenuAnswersChoicesRepeatsOnceOnNonsenseAndTimesOut() {
        withoutRules(owner);
        String price = createId(owner, with(keywordRule("Harga", List.of("zzz-never"), "Harga mulai 50rb"),
                "triggerType", "menu_selection", "keywords", List.of()));
        createId(owner, Map.of("name", "Menu", "triggerType", "keyword", "keywords", List.of("menu"),
                "responseType", "menu", "responseMessage", "Pilih layanan, {{first_name}}:", "delaySeconds", 0,
                "menuOptions", List.of(
                        Map.of("key", "1", "label", "Cek Harga", "next_rule_id", price),
                        Map.of("key", "2", "label", "Lokasi", "response", "Kami di Jl. Merdeka 1"),
                        Map.of("key", "3", "label", "Bicara dengan CS", "action", "forward_to_cs"))));
        createId(owner, keywordRule("Sapa", List.of("halo"), "Halo juga"));

        says("menu");
        awaitOutbox(1);
        assertThat(outbox().get(0)).isEqualTo("Pilih layanan, Budi:\n\n1. Cek Harga\n2. Lokasi\n3. Bicara dengan CS");
        says("1");
        awaitOutbox(2);
        assertThat(outbox().get(1)).isEqualTo("Harga mulai 50rb");

        says("menu");
        says("lokasi");
        awaitOutbox(4);
        assertThat(outbox().get(3)).isEqualTo("Kami di Jl. Merdeka 1");

        says("menu");
        says("apa ya");
        awaitOutbox(6);
        assertThat(outbox().get(5)).startsWith("Pilih layanan");
        says("halo");
        awaitOutbox(7);
        assertThat(outbox().get(6)).isEqualTo("Halo juga");
        says("2");
        assertThat(autoReplies()).isEqualTo(7);

        says("menu");
        awaitOutbox(8);
        jdbc.sql("UPDATE auto_reply_sessions SET menu_expires_at = now() - interval '1 minute' WHERE conversation_id = ?")
                .param(conversation()).update();
        says("2");
        assertThat(autoReplies()).isEqualTo(8);

        says("menu");
        says("3");
        awaitOutbox(10);
        assertThat(outbox().get(9)).isEqualTo("Terima kasih, Kak Budi Santoso. Tim kami akan segera membalas pesan Anda.");
        assertThat(conversationRow()).containsEntry("mode", "agent").containsEntry("priority", "high");
    }

    @Test
    void modeStatusAndBlockGuardsKeepTheBotQuiet() {
        withoutRules(owner);
        createId(owner, keywordRule("Harga", List.of("harga"), "50rb"));
        says("harga");
        awaitOutbox(1);
        String conversationId = conversation().toString();

        String contact = jdbc.sql("SELECT id FROM contacts WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single().toString();
        for (String mode : List.of("agent", "paused")) {
            api.patch("/api/conversations/" + conversationId, Map.of("mode", mode)).token(owner.token()).send();
            // The rule tester says what the engine is about to do: nothing, and why.
            JsonNode trial = api.post("/api/auto-reply/test", Map.of("testMessage", "harga", "contactId", contact))
                    .token(owner.token()).send().json();
            assertThat(trial.get("answers")).isEmpty();
            assertThat(trial.get("silenced").asString()).isEqualTo("percakapan ini dalam mode " + mode);
            assertThat(trial.get("silencedCode").asString()).isEqualTo("not_bot_mode");
            says("harga");
        }
        api.patch("/api/conversations/" + conversationId, Map.of("mode", "bot", "status", "spam")).token(owner.token()).send();
        says("harga");
        api.patch("/api/conversations/" + conversationId, Map.of("status", "active")).token(owner.token()).send();
        api.post("/api/contacts/" + contact + "/block", Map.of()).token(owner.token()).send();
        says("harga");
        assertThat(autoReplies()).isEqualTo(1);

        api.post("/api/contacts/" + contact + "/unblock", Map.of()).token(owner.token()).send();
        says("harga");
        awaitOutbox(2);
    }

    @Test
    void anOperatorReplySwitchesToAgentAndCancelsThePendingReply() {
        withoutRules(owner);
        createId(owner, with(keywordRule("Harga", List.of("harga"), "50rb"), "delaySeconds", 30));
        says("harga");
        assertThat(dispatches("pending")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'auto-reply'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);

        Api.Reply sent = api.post("/api/messages/send", Map.of("conversationId", conversation().toString(),
                "messageType", "text", "content", "Halo kak, harganya 45rb")).token(owner.token()).send();
        assertThat(sent.status()).isEqualTo(201);

        assertThat(dispatches("pending")).isZero();
        assertThat(dispatches("cancelled")).isEqualTo(1);
        assertThat(conversationRow()).containsEntry("mode", "agent");
        UUID dispatch = jdbc.sql("SELECT id FROM auto_reply_dispatches WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single();
        transaction.executeWithoutResult(status -> delivery.deliver(dispatch));
        awaitOutbox(1);
        assertThat(outbox()).containsExactly("Halo kak, harganya 45rb");
        JsonNode logs = api.get("/api/auto-reply/rules").token(owner.token()).send().json();
        assertThat(jdbc.sql("SELECT error_message FROM auto_reply_logs WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(String.class).single()).isEqualTo("dibatalkan: operator sudah membalas");
        assertThat(logs.get("rules").get(0).get("totalTriggered").asInt()).isZero();
    }

    @Test
    void aDelayedReplyIsAJobInTheDatabaseAndIsSentOnceHoweverOftenItRuns() {
        withoutRules(owner);
        createId(owner, with(keywordRule("Harga", List.of("harga"), "50rb"), "delaySeconds", 60));
        says("harga");
        UUID dispatch = jdbc.sql("SELECT id FROM auto_reply_dispatches WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single();
        // What survives a restart: the job row. Make it due now, as if the node had been down for the delay.
        assertThat(jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'auto-reply' AND task_instance = ?")
                .param(dispatch.toString()).update()).isEqualTo(1);
        awaitOutbox(1);
        // A second run of the same job (a crash after sending, before the job was marked done) sends nothing more.
        transaction.executeWithoutResult(status -> delivery.deliver(dispatch));
        transaction.executeWithoutResult(status -> delivery.deliver(dispatch));
        assertThat(outbox()).containsExactly("50rb");
        assertThat(dispatches("sent")).isEqualTo(1);
    }

    @Test
    void cooldownAndDailyCapLimitRepliesPerCustomer() {
        withoutRules(owner);
        createId(owner, with(keywordRule("Cooldown", List.of("harga"), "50rb"), "cooldownMinutes", 60));
        createId(owner, with(keywordRule("Capped", List.of("lokasi"), "Jl. Merdeka"), "maxTriggersPerDay", 2));
        says("harga");
        says("harga");
        says("lokasi");
        says("lokasi");
        says("lokasi");
        assertThat(autoReplies()).isEqualTo(3);
        awaitOutbox(3);
        assertThat(outbox()).containsExactlyInAnyOrder("50rb", "Jl. Merdeka", "Jl. Merdeka");
    }

    @Test
    void aReplyDueAfterTheTwentyFourHourWindowIsCancelled() {
        withoutRules(owner);
        createId(owner, with(keywordRule("Harga", List.of("harga"), "50rb"), "delaySeconds", 60));
        says("harga");
        UUID dispatch = jdbc.sql("SELECT id FROM auto_reply_dispatches WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single();
        jdbc.sql("UPDATE conversations SET last_customer_message_at = now() - interval '25 hours' WHERE id = ?")
                .param(conversation()).update();
        transaction.executeWithoutResult(status -> delivery.deliver(dispatch));
        assertThat(dispatches("cancelled")).isEqualTo(1);
        assertThat(autoReplies()).isZero();
        assertThat(jdbc.sql("SELECT error_message FROM auto_reply_logs WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(String.class).single()).contains("jendela 24 jam");
    }

}
