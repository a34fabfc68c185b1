package id.sapa.quickreply.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * /api/quick-replies: who writes which, unique shortcuts, search ranking, and sending one; the
 * business's starters are removed first (see {@link QuickReplyStartersWebTest}), so each test sees its own.
 */
class QuickReplyWebTest extends WebTestSupport {

    SignedIn owner;
    SignedIn supervisor;
    SignedIn operator;
    SignedIn colleague;

    @BeforeEach
    void team() {
        owner = accounts.registerBusiness("Toko Balas Cepat");
        supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        colleague = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        withoutStarters(owner);
    }

    /** The first list gives the starters; they are then deleted like any quick reply. */
    static void withoutStarters(Api api, SignedIn owner) {
        for (JsonNode reply : api.get("/api/quick-replies?includeInactive=true").token(owner.token()).send().json()
                .get("quickReplies")) {
            api.delete("/api/quick-replies/" + reply.get("id").asString()).token(owner.token()).send();
        }
    }

    private void withoutStarters(SignedIn business) {
        withoutStarters(api, business);
    }

    @Test
    void aSupervisorCreatesAGlobalQuickReplyEveryoneSees() {
        Api.Reply created = create(supervisor, "greeting", "Salam", "Halo kak {{name}}", Map.of("category", "Greeting"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode reply = created.json().get("quickReply");
        assertThat(created.json().get("success").asBoolean()).isTrue();
        assertThat(reply.get("shortcut").asString()).isEqualTo("/greeting");
        assertThat(reply.get("category").asString()).isEqualTo("Greeting");
        assertThat(reply.get("isGlobal").asBoolean()).isTrue();
        assertThat(reply.get("useCount").asInt()).isZero();
        assertThat(shortcuts(list(operator, ""))).containsExactly("/greeting");
    }

    @Test
    void aShortcutIsUniqueInTheBusinessWhateverItsCase() {
        create(supervisor, "/promo", "Promo", "Diskon 10%", Map.of());

        Api.Reply again = create(owner, "/Promo", "Promo lagi", "Diskon 20%", Map.of());
        Api.Reply personal = create(operator, "promo", "Promo saya", "Diskon", Map.of("isGlobal", false));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("shortcut");
        assertThat(personal.status()).isEqualTo(409);
        SignedIn otherBusiness = accounts.registerBusiness("Toko Lain");
        assertThat(create(otherBusiness, "/promo", "Promo", "Diskon", Map.of()).status()).isEqualTo(201);
    }

    @Test
    void renamingOntoATakenShortcutIsAConflict() {
        create(supervisor, "/a", "A", "a", Map.of());
        String b = create(supervisor, "/b", "B", "b", Map.of()).json().get("quickReply").get("id").asString();

        Api.Reply renamed = api.put("/api/quick-replies/" + b, Map.of("shortcut", "/a")).token(supervisor.token()).send();

        assertThat(renamed.status()).isEqualTo(409);
    }

    @Test
    void operatorsKeepPersonalQuickRepliesButCannotWriteGlobalOnes() {
        Api.Reply global = create(operator, "/thanks", "Makasih", "Terima kasih", Map.of());
        Api.Reply personal = create(operator, "/thanks", "Makasih", "Terima kasih", Map.of("isGlobal", false));
        String id = personal.json().get("quickReply").get("id").asString();

        assertThat(global.status()).isEqualTo(403);
        assertThat(personal.status()).isEqualTo(201);
        assertThat(shortcuts(list(operator, ""))).containsExactly("/thanks");
        assertThat(shortcuts(list(colleague, ""))).isEmpty();
        assertThat(shortcuts(list(owner, ""))).isEmpty();
        assertThat(api.get("/api/quick-replies/" + id).token(colleague.token()).send().status()).isEqualTo(404);
        assertThat(api.delete("/api/quick-replies/" + id).token(colleague.token()).send().status()).isEqualTo(404);
        Api.Reply publish = api.put("/api/quick-replies/" + id, Map.of("isGlobal", true)).token(operator.token()).send();
        assertThat(publish.status()).isEqualTo(403);

        Api.Reply edited = api.put("/api/quick-replies/" + id, Map.of("message", "Makasih ya kak")).token(operator.token()).send();
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("quickReply").get("message").asString()).isEqualTo("Makasih ya kak");
        assertThat(edited.json().get("quickReply").get("shortcut").asString()).isEqualTo("/thanks");
        assertThat(api.delete("/api/quick-replies/" + id).token(operator.token()).send().status()).isEqualTo(204);
        assertThat(shortcuts(list(operator, ""))).isEmpty();
    }

    @Test
    void operatorsCannotChangeOrDeleteGlobalOnesAndViewersWriteNothing() {
        String id = create(supervisor, "/hours", "Jam buka", "08.00-17.00", Map.of()).json().get("quickReply").get("id")
                .asString();
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);

        assertThat(api.put("/api/quick-replies/" + id, Map.of("title", "x")).token(operator.token()).send().status())
                .isEqualTo(403);
        assertThat(api.delete("/api/quick-replies/" + id).token(operator.token()).send().status()).isEqualTo(403);
        assertThat(create(viewer, "/v", "V", "v", Map.of("isGlobal", false)).status()).isEqualTo(403);
        assertThat(shortcuts(list(viewer, ""))).containsExactly("/hours");
    }

    @Test
    void anotherBusinessCannotSeeOrTouchIt() {
        String id = create(supervisor, "/secret", "S", "s", Map.of()).json().get("quickReply").get("id").asString();
        SignedIn stranger = accounts.registerBusiness("Toko Sebelah");
        withoutStarters(stranger);

        assertThat(api.get("/api/quick-replies/" + id).token(stranger.token()).send().status()).isEqualTo(404);
        assertThat(api.put("/api/quick-replies/" + id, Map.of("title", "x")).token(stranger.token()).send().status())
                .isEqualTo(404);
        assertThat(api.delete("/api/quick-replies/" + id).token(stranger.token()).send().status()).isEqualTo(404);
        assertThat(shortcuts(list(stranger, ""))).isEmpty();
    }

    @Test
    void searchRanksShortcutPrefixesFirstThenOtherMatches() {
        create(supervisor, "/harga", "Daftar harga", "Harga mulai 10rb", Map.of("category", "pricing"));
        create(supervisor, "/ongkir", "Ongkos kirim", "Cek harga ongkir di web", Map.of("category", "pricing"));
        create(supervisor, "/hai", "Sapa", "Halo", Map.of("category", "greeting"));
        create(supervisor, "/xhar", "Lain", "x", Map.of());

        assertThat(shortcuts(list(operator, "?search=har"))).containsExactly("/harga", "/ongkir", "/xhar");
        assertThat(shortcuts(list(operator, "?search=/ha"))).containsExactly("/hai", "/harga");
        assertThat(shortcuts(list(operator, "?search=har&category=pricing"))).containsExactly("/harga", "/ongkir");
        assertThat(shortcuts(list(operator, "?search=100%25"))).isEmpty();
    }

    @Test
    void sendingAQuickReplyFillsTheCustomerInAndCountsTheUse() {
        new Sandbox(api, owner.token()).connect();
        String conversationId = conversationOf(new Sandbox(api, owner.token()).customerSays("081298765432", "Budi", "Halo"));
        String id = create(supervisor, "/greeting", "Salam", "Halo kak {{name}} ({{phone}}) 🙏", Map.of())
                .json().get("quickReply").get("id").asString();

        Api.Reply sent = send(operator, conversationId, id, null);
        Api.Reply edited = send(operator, conversationId, id, "Halo kak, ada yang bisa dibantu?");

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(edited.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> new Sandbox(api, owner.token()).outbox("081298765432").size() == 2);
        JsonNode outbox = new Sandbox(api, owner.token()).outbox("081298765432");
        assertThat(List.of(outbox.get(0).get("content").asString(), outbox.get(1).get("content").asString()))
                .containsExactlyInAnyOrder("Halo kak Budi (+6281298765432) 🙏", "Halo kak, ada yang bisa dibantu?");
        JsonNode reply = api.get("/api/quick-replies/" + id).token(operator.token()).send().json();
        assertThat(reply.get("useCount").asInt()).isEqualTo(2);
        assertThat(reply.get("lastUsedAt").asString()).isNotBlank();
    }

    @Test
    void aSwitchedOffOrUnknownQuickReplyIsNotSent() {
        new Sandbox(api, owner.token()).connect();
        String conversationId = conversationOf(new Sandbox(api, owner.token()).customerSays("081298765431", "Ani", "Halo"));
        String id = create(supervisor, "/old", "Lama", "Teks lama", Map.of("isActive", false))
                .json().get("quickReply").get("id").asString();

        Api.Reply off = send(operator, conversationId, id, null);
        Api.Reply unknown = send(operator, conversationId, UUID.randomUUID().toString(), null);

        assertThat(off.status()).isEqualTo(400);
        assertThat(off.json().get("errors").get(0).get("field").asString()).isEqualTo("quickReplyId");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(shortcuts(list(operator, ""))).isEmpty();
        assertThat(shortcuts(list(operator, "?includeInactive=true"))).containsExactly("/old");
    }

    private Api.Reply create(SignedIn who, String shortcut, String title, String message, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("shortcut", shortcut);
        body.put("title", title);
        body.put("message", message);
        return api.post("/api/quick-replies", body).token(who.token()).send();
    }

    private JsonNode list(SignedIn who, String query) {
        Api.Reply reply = api.get("/api/quick-replies" + query).token(who.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("quickReplies");
    }

    private Api.Reply send(SignedIn who, String conversationId, String quickReplyId, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("conversationId", conversationId);
        body.put("quickReplyId", quickReplyId);
        if (content != null) {
            body.put("content", content);
        }
        return api.post("/api/messages/send", body).token(who.token()).send();
    }

    private String conversationOf(JsonNode inbound) {
        return jdbc.sql("SELECT conversation_id FROM messages WHERE id = ?")
                .param(UUID.fromString(inbound.get("messageId").asString())).query(UUID.class).single().toString();
    }

    private static List<String> shortcuts(JsonNode replies) {
        return replies.valueStream().map(r -> r.get("shortcut").asString()).toList();
    }
}
