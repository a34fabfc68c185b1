package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.conversation.Conversations;
import id.sapa.conversation.InboxFixtures;
import id.sapa.conversation.SenderType;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The inbox list over one business with five customers:
 * <pre>
 *   customer  last message  created  unread  status    priority  mode    tags            assigned
 *   Budi      +1h           1st      1       pending   high      agent   vip, complaint  operator
 *   Siti      +2h10m        2nd      2       active    normal    paused  vip             -
 *   Andi      +3h           3rd      1       resolved  normal    bot     -               -
 *   Dewi      +30m          4th      3       active    urgent    bot     -               -
 *   Eko       +4h           5th      0       active    normal    bot     -               -
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationListWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

    @Autowired
    Conversations conversations;

    @Autowired
    TransactionTemplate transactions;

    SignedIn owner;
    SignedIn operator;

    @BeforeAll
    void createInbox() {
        owner = accounts.registerBusiness("Toko Daftar");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        var tenant = owner.tenantId();

        ConversationId budi = inbox.customerWrites(tenant, "081234567890", "Budi Santoso", "Halo, apakah barang ready?",
                at(60));
        ConversationId siti = inbox.customerWrites(tenant, "085711112222", "Siti Aminah", "Ongkir ke Bandung berapa?",
                at(120));
        inbox.customerWrites(tenant, "085711112222", "Siti Aminah", "Terima kasih", at(130));
        ConversationId andi = inbox.customerWrites(tenant, "089900001111", "Andi", "Saya mau retur barang rusak", at(180));
        for (int minutes : new int[] {10, 20, 30}) {
            inbox.customerWrites(tenant, "081298765432", "Dewi", "Pesanan saya belum sampai", at(minutes));
        }
        ConversationId eko = inbox.customerWrites(tenant, "087700001234", "Eko", "Terima kasih kak", at(240));
        inbox.message(tenant, eko, SenderType.CS, "Owner", "Pesanan sudah dikirim via JNE", at(200));
        inbox.readByTeam(tenant, eko);

        patch(budi, Map.of("status", "pending", "priority", "high", "tags", List.of("vip", "complaint"),
                "assignedCsId", operator.userId()));
        patch(siti, Map.of("mode", "paused", "tags", List.of("vip")));
        patch(andi, Map.of("status", "resolved"));
        patch(inbox.customerWrites(tenant, "081298765432", "Dewi", "Halo?", at(30)), Map.of("priority", "urgent"));
    }

    @Test
    void listsNewestActivityFirstWithTheSeedsItemShape() {
        JsonNode reply = list("", owner);

        assertThat(names(reply)).containsExactly("Eko", "Andi", "Siti", "Budi", "Dewi");
        JsonNode budi = reply.get("data").get(3);
        assertThat(budi.get("customerPhone").asString()).isEqualTo("+6281234567890");
        assertThat(budi.get("status").asString()).isEqualTo("pending");
        assertThat(budi.get("priority").asString()).isEqualTo("high");
        assertThat(budi.get("mode").asString()).isEqualTo("agent");
        assertThat(budi.get("unreadCount").asInt()).isEqualTo(1);
        assertThat(budi.get("lastMessage").get("content").asString()).isEqualTo("Halo, apakah barang ready?");
        assertThat(budi.get("lastMessage").get("from").asString()).isEqualTo("customer");
        assertThat(Instant.parse(budi.get("lastMessage").get("timestamp").asString())).isEqualTo(at(60));
        assertThat(budi.get("assignedCs").get("id").asString()).isEqualTo(operator.userId());
        assertThat(budi.get("assignedCs").get("name").asString()).isEqualTo("A operator");
        assertThat(budi.get("tags").valueStream().map(JsonNode::asString)).containsExactly("vip", "complaint");
        assertThat(budi.get("createdAt").isString()).isTrue();
        JsonNode eko = reply.get("data").get(0);
        assertThat(eko.has("assignedCs")).isTrue();
        assertThat(eko.get("assignedCs").isNull()).isTrue();
        assertThat(eko.get("unreadCount").asInt()).isZero();
        assertThat(eko.get("lastMessage").get("content").asString()).isEqualTo("Terima kasih kak");
    }

    @Test
    void theRowPreviewIsWhatTheCustomerLastWroteWhoeverAnsweredSince() {
        SignedIn shop = accounts.registerBusiness("Toko Pratinjau");
        ConversationId fajar = inbox.customerWrites(shop.tenantId(), "081355550001", "Fajar", "Ada warna merah?", at(10));
        inbox.customerWrites(shop.tenantId(), "081355550001", "Fajar", "Ukuran L ya", at(11));
        transactions.executeWithoutResult(done -> conversations.recordOutbound(shop.tenantId(), fajar,
                "Terima kasih, tim kami segera membalas", SenderType.AUTO_REPLY, at(12)));

        JsonNode item = list("", shop).get("data").get(0);

        assertThat(item.get("lastMessage").get("from").asString()).isEqualTo("auto_reply");
        assertThat(item.get("lastMessage").get("content").asString()).isEqualTo("Terima kasih, tim kami segera membalas");
        assertThat(item.get("lastCustomerMessage").get("content").asString()).isEqualTo("Ukuran L ya");
        assertThat(Instant.parse(item.get("lastCustomerMessage").get("timestamp").asString())).isEqualTo(at(11));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "status=active                           | Eko, Siti, Dewi",
            "status=pending                          | Budi",
            "status=resolved                         | Andi",
            "status=spam                             | ''",
            "assignedTo=unassigned                   | Eko, Andi, Siti, Dewi",
            "unreadOnly=true                         | Andi, Siti, Budi, Dewi",
            "unreadOnly=false                        | Eko, Andi, Siti, Budi, Dewi",
            "tags=vip                                | Siti, Budi",
            "tags=vip&tags=complaint                 | Budi",
            "tags=vip,complaint                      | Budi",
            "tags=vip&tags=nobody-has-it             | ''",
            "mode=agent                              | Budi",
            "mode=paused                             | Siti",
            "mode=bot                                | Eko, Andi, Dewi",
            "priority=urgent                         | Dewi",
            "priority=high                           | Budi",
            "status=active&unreadOnly=true&tags=vip  | Siti",
            "sortBy=last_message&sortOrder=asc       | Dewi, Budi, Siti, Andi, Eko",
            "sortBy=created_at                       | Eko, Dewi, Andi, Siti, Budi",
            "sortBy=created_at&sortOrder=asc         | Budi, Siti, Andi, Dewi, Eko",
            "sortBy=unread_count                     | Dewi, Siti, Andi, Budi, Eko",
            "sortBy=unread_count&sortOrder=asc       | Eko, Budi, Andi, Siti, Dewi",
            "sortBy=unread_count&status=active       | Dewi, Siti, Eko"})
    void filtersAndSorts(String query, String expected) {
        assertThat(names(list(query, owner))).containsExactlyElementsOf(split(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "siti                | Siti",
            "SANTOSO             | Budi",
            "081234567890        | Budi",
            "%2B62 812-3456-7890 | Budi",
            "6281234567890       | Budi",
            "0812                | Budi, Dewi",
            "ongkir              | Siti",
            "bandung             | Siti",
            "retur               | Andi",
            "barang              | Andi, Budi",
            "JNE                 | Eko",
            "kirim               | ''",
            "50%25               | ''"})
    void searchesNamesPhoneNumbersAndMessageText(String search, String expected) {
        assertThat(names(list("search=" + search.replace(" ", "%20"), owner))).containsExactlyElementsOf(split(expected));
    }

    @Test
    void searchCombinesWithFilters() {
        assertThat(names(list("search=barang&status=resolved", owner))).containsExactly("Andi");
    }

    @Test
    void assignedToMeIsTheCallersQueueAndAnIdIsAnyones() {
        assertThat(names(list("assignedTo=me", operator))).containsExactly("Budi");
        assertThat(names(list("assignedTo=me", owner))).isEmpty();
        assertThat(names(list("assignedTo=" + operator.userId(), owner))).containsExactly("Budi");
    }

    @Test
    void pagesCountTheWholeMatch() {
        JsonNode first = list("limit=2", owner);
        JsonNode last = list("limit=2&page=3", owner);
        JsonNode beyond = list("limit=2&page=4", owner);

        assertThat(names(first)).containsExactly("Eko", "Andi");
        assertThat(names(list("limit=2&page=2", owner))).containsExactly("Siti", "Budi");
        assertThat(names(last)).containsExactly("Dewi");
        assertThat(names(beyond)).isEmpty();
        for (JsonNode page : List.of(first, last, beyond)) {
            assertThat(page.get("meta").get("total").asLong()).isEqualTo(5);
            assertThat(page.get("meta").get("limit").asInt()).isEqualTo(2);
            assertThat(page.get("meta").get("totalPages").asLong()).isEqualTo(3);
        }
        assertThat(last.get("meta").get("page").asInt()).isEqualTo(3);
        assertThat(list("status=pending", owner).get("meta").get("total").asLong()).isEqualTo(1);
        JsonNode none = list("status=spam", owner).get("meta");
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("totalPages").asLong()).isZero();
        JsonNode defaults = list("", owner).get("meta");
        assertThat(defaults.get("page").asInt()).isEqualTo(1);
        assertThat(defaults.get("limit").asInt()).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "status=open             | status",
            "assignedTo=bob          | assignedTo",
            "unreadOnly=maybe        | unreadOnly",
            "mode=robot              | mode",
            "priority=critical       | priority",
            "sortBy=name             | sortBy",
            "sortOrder=up            | sortOrder",
            "page=0                  | page",
            "page=two                | page",
            "limit=0                 | limit",
            "limit=101               | limit",
            "limit=ten               | limit"})
    void anInvalidParameterIsABadRequestNamingIt(String query, String field) {
        Api.Reply reply = api.get("/api/conversations?" + query).token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void anOverlongSearchIsABadRequest() {
        Api.Reply reply = api.get("/api/conversations?search=" + "a".repeat(101)).token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("search");
    }

    private void patch(ConversationId id, Map<String, Object> changes) {
        Api.Reply reply = api.patch("/api/conversations/" + id, changes).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private JsonNode list(String query, SignedIn user) {
        Api.Reply reply = api.get("/api/conversations?" + query).token(user.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> names(JsonNode list) {
        return list.get("data").valueStream().map(item -> item.get("customerName").asString().split(" ")[0]).toList();
    }

    private static List<String> split(String names) {
        return names.isBlank() ? List.of() : List.of(names.split(",\\s*"));
    }

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }
}
