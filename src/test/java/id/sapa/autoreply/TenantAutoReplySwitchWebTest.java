package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The business's own switch for automatic answers (tenant setting autoReply): off, no rule answers anyone. */
class TenantAutoReplySwitchWebTest extends SandboxCustomerTestSupport {

    private void autoReply(boolean on) {
        var reply = api.patch("/api/tenant", Map.of("settings", Map.of("autoReply", on))).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void switchedOffTheRulesAnswerNobodyAndSwitchedOnAgainTheyDo() {
        withoutRules(owner);
        createId(owner, keywordRule("Harga", List.of("harga"), "50rb kak"));
        autoReply(false);

        says("harga berapa?");

        assertThat(autoReplies()).isZero();
        assertThat(dispatches("pending") + dispatches("sent")).isZero();

        autoReply(true);
        says("harga yang biru?");
        awaitOutbox(1);
        assertThat(outbox()).containsExactly("50rb kak");
    }
}
