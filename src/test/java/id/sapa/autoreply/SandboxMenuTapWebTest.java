package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/** The sandbox plays a customer tapping a menu's button: the tap's id picks the option, whatever its title says. */
class SandboxMenuTapWebTest extends AutoReplyWebTestSupport {

    private static final String CUSTOMER = "081234567891";

    @Test
    void aTapNamesTheOptionByItsIdAndTheSandboxKeepsMenusAsNumberedText() {
        SignedIn owner = accounts.registerBusiness("Toko Ketuk");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        withoutRules(owner);
        createId(owner, Map.of("name", "Menu", "triggerType", "keyword", "keywords", List.of("menu"),
                "responseType", "menu", "responseMessage", "Pilih:", "delaySeconds", 0, "menuOptions", List.of(
                        Map.of("key", "1", "label", "Jam buka", "response", "Buka 08–17"),
                        Map.of("key", "2", "label", "Lokasi", "response", "Jl. Merdeka 1"))));

        sandbox.customerSays(CUSTOMER, "Budi", "menu");
        awaitOutbox(sandbox, 1);
        sandbox.inbound(Map.of("from", CUSTOMER, "type", "interactive", "text", "Judul lama", "replyId", "2"));
        awaitOutbox(sandbox, 2);
        Api.Reply noId = api.post("/api/sandbox/inbound", Map.of("from", CUSTOMER, "type", "interactive", "text", "Lokasi"))
                .token(owner.token()).send();

        List<String> outbox = outbox(sandbox);
        assertThat(outbox.get(0)).isEqualTo("Pilih:\n\n1. Jam buka\n2. Lokasi");
        assertThat(outbox.get(1)).isEqualTo("Jl. Merdeka 1");
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().get("errors").get(0).get("field").asString()).isEqualTo("replyId");
    }

    private static List<String> outbox(Sandbox sandbox) {
        List<String> texts = new ArrayList<>();
        sandbox.outbox(CUSTOMER).forEach(m -> texts.add(m.get("content").asString()));
        return texts;
    }

    private static void awaitOutbox(Sandbox sandbox, int size) {
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox(sandbox).size() >= size);
    }
}
