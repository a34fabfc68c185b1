package id.sapa.quickreply.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * A new business's starter quick replies: given once, in its language, the one needing the business's
 * bank account off until written; and categories kept as typed, found whatever their case.
 */
class QuickReplyStartersWebTest extends WebTestSupport {

    @Test
    void aNewBusinessGetsIndonesianStartersOnceAndTheOneNeedingItsOwnFactsWaitsSwitchedOff() {
        SignedIn owner = accounts.registerBusiness("Toko Pemula");
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);

        JsonNode all = list(owner, "?includeInactive=true");
        assertThat(shortcuts(all)).containsExactlyInAnyOrder("/halo", "/terimakasih", "/tunggu", "/diproses", "/rekening");
        JsonNode halo = named(all, "/halo");
        assertThat(halo.get("message").asString()).startsWith("Halo Kak {{name}}");
        assertThat(halo.get("isGlobal").asBoolean()).isTrue();
        assertThat(halo.get("category").asString()).isEqualTo("Salam");
        JsonNode rekening = named(all, "/rekening");
        assertThat(rekening.get("isActive").asBoolean()).isFalse();
        assertThat(rekening.get("needsOwnText").asBoolean()).isTrue();
        assertThat(rekening.get("message").asString()).contains("[tulis nama bank");
        // Only the ones ready to send are offered while chatting.
        assertThat(shortcuts(list(operator, ""))).doesNotContain("/rekening").contains("/halo");

        // Deleted, a starter stays deleted: they are given once, however often the list is read.
        api.delete("/api/quick-replies/" + halo.get("id").asString()).token(owner.token()).send();
        list(operator, "");
        assertThat(shortcuts(list(owner, "?includeInactive=true"))).hasSize(4).doesNotContain("/halo");
        assertThat(jdbc.sql("SELECT count(*) FROM quick_replies WHERE tenant_id = ?")
                .param(owner.tenantId().value()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aBusinessThatSwitchedToEnglishFirstGetsEnglishStarters() {
        SignedIn owner = accounts.registerBusiness("English Shop");
        api.patch("/api/tenant", Map.of("locale", "en")).token(owner.token()).send();

        JsonNode all = list(owner, "?includeInactive=true");

        assertThat(named(all, "/halo").get("message").asString()).startsWith("Hello {{name}}");
        assertThat(named(all, "/halo").get("category").asString()).isEqualTo("Greetings");
        assertThat(named(all, "/rekening").get("message").asString()).contains("[write your bank");
        assertThat(named(all, "/rekening").get("isActive").asBoolean()).isFalse();
    }

    @Test
    void aStarterHoldingItsExampleCannotBeSwitchedOnOrSentUntilTheBusinessWritesItsOwnText() {
        SignedIn owner = accounts.registerBusiness("Toko Rekening");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        String conversationId = jdbc.sql("SELECT conversation_id FROM messages WHERE id = ?")
                .param(UUID.fromString(sandbox.customerSays("081233330000", "Rina", "Mau bayar").get("messageId").asString()))
                .query(UUID.class).single().toString();
        String rekening = named(list(owner, "?includeInactive=true"), "/rekening").get("id").asString();

        Api.Reply switchedOn = api.put("/api/quick-replies/" + rekening, Map.of("isActive", true)).token(owner.token()).send();
        Api.Reply sent = api.post("/api/messages/send", Map.of("conversationId", conversationId, "quickReplyId", rekening))
                .token(owner.token()).send();

        assertThat(switchedOn.status()).isEqualTo(400);
        assertThat(switchedOn.json().get("errors").get(0).get("field").asString()).isEqualTo("message");
        assertThat(sent.status()).isEqualTo(400);
        Api.Reply written = api.put("/api/quick-replies/" + rekening, Map.of("isActive", true,
                "message", "Transfer ke BCA 1234567890 a.n. Toko Rekening ya, Kak.")).token(owner.token()).send();
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(written.json().get("quickReply").get("needsOwnText").asBoolean()).isFalse();
        assertThat(written.json().get("quickReply").get("isActive").asBoolean()).isTrue();
    }

    @Test
    void aCategoryIsKeptAsTypedAndFoundWhateverItsCase() {
        SignedIn owner = accounts.registerBusiness("Toko Kategori");
        QuickReplyWebTest.withoutStarters(api, owner);
        create(owner, "/resi", "Pengiriman");
        create(owner, "/kurir", "pengiriman");
        create(owner, "/promo", "Promo");

        assertThat(named(list(owner, ""), "/resi").get("category").asString()).isEqualTo("Pengiriman");
        assertThat(named(list(owner, ""), "/kurir").get("category").asString()).isEqualTo("pengiriman");
        assertThat(shortcuts(list(owner, "?category=PENGIRIMAN"))).containsExactlyInAnyOrder("/resi", "/kurir");
        assertThat(shortcuts(list(owner, "?category=pengiriman&search=res"))).containsExactly("/resi");
        assertThat(shortcuts(list(owner, "?category=%20Promo%20"))).containsExactly("/promo");
    }

    private void create(SignedIn who, String shortcut, String category) {
        Api.Reply reply = api.post("/api/quick-replies", Map.of("shortcut", shortcut, "title", shortcut.substring(1),
                "message", "Teks " + shortcut, "category", category)).token(who.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private JsonNode list(SignedIn who, String query) {
        Api.Reply reply = api.get("/api/quick-replies" + query).token(who.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("quickReplies");
    }

    private static JsonNode named(JsonNode replies, String shortcut) {
        return replies.valueStream().filter(r -> r.get("shortcut").asString().equals(shortcut)).findFirst()
                .orElseThrow(() -> new AssertionError(shortcut + " not in " + replies));
    }

    private static List<String> shortcuts(JsonNode replies) {
        return replies.valueStream().map(r -> r.get("shortcut").asString()).toList();
    }
}
