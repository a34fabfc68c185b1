package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * A new business changes its hours in one place: the "outside working hours" preset follows the
 * tenant's business hours, and the next customer message already sees a change.
 */
class BusinessHoursFlowWebTest extends AutoReplyWebTestSupport {

    SignedIn owner;
    Sandbox sandbox;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Satu Tempat");
        sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
    }

    private void hours(Map<String, Object> hours) {
        Api.Reply reply = api.patch("/api/tenant", Map.of("businessHours", hours)).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static Map<String, Object> closedTodayAndYesterday() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        return Map.of("start", "08:00", "end", "17:00", "holidays",
                List.of(today.minusDays(1).toString(), today.toString(), today.plusDays(1).toString()));
    }

    private static Map<String, Object> openAllDay() {
        return Map.of("start", "00:00", "end", "00:00");
    }

    /** What the customer received after the engine looked at their message. */
    private List<String> replies(String phone, String text) {
        UUID messageId = UUID.fromString(sandbox.customerSays(phone, "Budi", text).get("messageId").asString());
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM auto_reply_sessions s JOIN messages m ON m.conversation_id = s.conversation_id
                WHERE m.id = ? AND s.last_inbound_at >= m.sent_at""").param(messageId).query(Integer.class).single() == 1);
        // Presets answer after the default human-like delay: wait until every reply decided is due and sent.
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM auto_reply_dispatches WHERE trigger_message_id = ? AND status = 'pending'""")
                .param(messageId).query(Integer.class).single() == 0);
        int queued = jdbc.sql("""
                SELECT count(*) FROM messages
                WHERE sender_type = 'auto_reply'
                  AND conversation_id = (SELECT conversation_id FROM messages WHERE id = ?)""")
                .param(messageId).query(Integer.class).single();
        await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.outbox(phone).size() >= queued);
        List<String> texts = new ArrayList<>();
        sandbox.outbox(phone).forEach(m -> texts.add(m.get("content").asString()));
        return texts;
    }

    @Test
    void theOutsideHoursPresetHasNoHoursOfItsOwn() {
        JsonNode preset = null;
        for (JsonNode rule : rules(owner)) {
            if ("outside_hours".equals(rule.path("preset").asString(""))) {
                preset = rule;
            }
        }
        assertThat(preset).isNotNull();
        assertThat(preset.get("triggerType").asString()).isEqualTo("time_based");
        assertThat(preset.path("workingHours").isNull() || preset.path("workingHours").isMissingNode()).isTrue();
    }

    @Test
    void thePresetAnswersByTheBusinessHoursAndSeesAChangeAtOnce() {
        hours(closedTodayAndYesterday());
        assertThat(replies("081311110001", "Halo")).anyMatch(text -> text.contains("di luar jam kerja"));

        hours(openAllDay());
        assertThat(replies("081311110002", "Halo")).isNotEmpty().noneMatch(text -> text.contains("di luar jam kerja"));

        hours(closedTodayAndYesterday());
        assertThat(replies("081311110003", "Halo")).anyMatch(text -> text.contains("di luar jam kerja"));
    }

    @Test
    void aTimeBasedRuleWithItsOwnHoursIgnoresTheBusinessHours() {
        withoutRules(owner);
        createId(owner, Map.of("name", "Malam", "triggerType", "time_based", "workingHours", openAllDay(),
                "responseType", "text", "responseMessage", "Kami tutup", "delaySeconds", 0));
        createId(owner, Map.of("name", "Bisnis", "triggerType", "time_based", "responseType", "text",
                "responseMessage", "Di luar jam bisnis", "priority", 40, "continueToNext", true, "delaySeconds", 0));
        hours(closedTodayAndYesterday());

        assertThat(replies("081311110004", "Halo")).containsExactly("Di luar jam bisnis");
    }
}
