package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.message.MessageHistory;
import id.sapa.shared.MessageId;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/**
 * A customer who sends only STOP (or MULAI…) is opting out or in, which the notification module answers:
 * no rule does, not even one whose keyword is "stop". The word inside a sentence is just conversation.
 */
class ConsentKeywordWebTest extends AutoReplyWebTestSupport {

    private static final String CUSTOMER = "081234567893";

    @Autowired
    AutoReplyEngine engine;
    @Autowired
    MessageHistory history;

    SignedIn owner;
    Sandbox sandbox;

    @BeforeEach
    void shop() {
        owner = accounts.registerBusiness("Toko Berhenti");
        sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        withoutRules(owner);
        createId(owner, with(keywordRule("Stop", List.of("stop"), "Baik kak, pesanan kami tahan dulu"),
                "wholeWord", true));
    }

    @Test
    void aRuleMatchingStopIsNotFiredForAStopButForAStopInASentence() {
        String stop = sandbox.customerSays(CUSTOMER, "Budi", "STOP").get("messageId").asString();
        // Decided here, in the test's thread, so the answer is known when the call returns.
        engine.decideOrThrow(history.received(owner.tenantId(), MessageId.of(stop)).orElseThrow());
        assertThat(dispatchesFor(stop)).isZero();

        String sentence = sandbox.customerSays(CUSTOMER, "Budi", "stop dulu").get("messageId").asString();

        await().atMost(Duration.ofSeconds(15)).until(() -> dispatchesFor(sentence) == 1);
        // The outbox also holds the opt-out confirmation the STOP earned (the notification module's answer).
        await().atMost(Duration.ofSeconds(15)).until(() -> contents().contains("Baik kak, pesanan kami tahan dulu"));
        assertThat(contents()).filteredOn("Baik kak, pesanan kami tahan dulu"::equals).hasSize(1);
        assertThat(dispatchesFor(stop)).isZero();
    }

    private List<String> contents() {
        List<String> texts = new ArrayList<>();
        sandbox.outbox(CUSTOMER).forEach(message -> texts.add(message.get("content").asString()));
        return texts;
    }

    private int dispatchesFor(String messageId) {
        return jdbc.sql("SELECT count(*) FROM auto_reply_dispatches WHERE trigger_message_id = ?")
                .param(UUID.fromString(messageId)).query(Integer.class).single();
    }
}
