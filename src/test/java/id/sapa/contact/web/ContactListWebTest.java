package id.sapa.contact.web;

import static id.sapa.contact.web.ContactApi.invalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.contact.Contacts;
import id.sapa.operator.Operators;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * One business with five contacts, listed, searched, filtered, sorted and paged. The tests only read,
 * so the business is made once.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactListWebTest {

    @LocalServerPort
    int port;
    @Autowired
    Operators operators;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Contacts contacts;
    @Autowired
    TransactionTemplate transactions;

    ContactApi contactApi;

    @BeforeAll
    void createContacts() {
        Api api = new Api(port);
        SignedIn owner = new TestAccounts(api, operators, passwords).registerBusiness("Toko Daftar");
        contactApi = new ContactApi(api, owner.token());
        contactApi.create(Map.of("phone", "081234567890", "name", "Budi Santoso", "email", "budi@tokobaju.id",
                "tags", List.of("vip", "jakarta"), "segment", "vip"));
        contactApi.create(Map.of("phone", "081398765432", "name", "siti rahma", "tags", List.of("jakarta"),
                "segment", "regular"));
        contactApi.create(Map.of("phone", "+65 6123 4567", "name", "Ahmad (Singapore)", "email", "ahmad@example.sg",
                "tags", List.of("vip")));
        String blocked = contactApi.create(Map.of("phone", "085711112222", "name", "Dewi 100%", "segment", "new"))
                .get("id").asString();
        api.post("/api/contacts/" + blocked + "/block", Map.of("reason", "spam")).token(owner.token()).send();
        // Written in first and never named by the team: the contact list shows it by number only.
        transactions.executeWithoutResult(tx -> {
            contacts.recordInbound(owner.tenantId(), WhatsAppUser.of(PhoneNumber.parse("081800001111")), null,
                    Instant.parse("2026-11-20T09:00:00Z"));
            contacts.recordInbound(owner.tenantId(), WhatsAppUser.of(PhoneNumber.parse("081398765432")), "Siti",
                    Instant.parse("2026-11-21T09:00:00Z"));
            contacts.recordInbound(owner.tenantId(), WhatsAppUser.of(PhoneNumber.parse("085711112222")), "Dewi",
                    Instant.parse("2026-11-22T09:00:00Z"));
        });
    }

    @BeforeEach
    void freshClient() {
        contactApi = new ContactApi(new Api(port), contactApi.token());
    }

    @Test
    void theFirstPageHoldsTwentyMostRecentlyContactedFirst() {
        JsonNode list = contactApi.list("").json();

        List<String> phones = phones(list);
        assertThat(phones.subList(0, 3)).containsExactly("+6285711112222", "+6281398765432", "+6281800001111");
        // never contacted: last, in no particular order among themselves
        assertThat(phones.subList(3, 5)).containsExactlyInAnyOrder("+6561234567", "+6281234567890");
        assertThat(list.get("meta").get("total").asLong()).isEqualTo(5);
        assertThat(list.get("meta").get("page").asInt()).isEqualTo(1);
        assertThat(list.get("meta").get("limit").asInt()).isEqualTo(20);
        assertThat(list.get("meta").get("totalPages").asLong()).isEqualTo(1);
    }

    @Test
    void pagesSplitTheListWithoutOverlap() {
        JsonNode first = contactApi.list("limit=2&sortBy=created_at&sortOrder=asc").json();
        JsonNode last = contactApi.list("limit=2&page=3&sortBy=created_at&sortOrder=asc").json();
        JsonNode beyond = contactApi.list("limit=2&page=4").json();

        assertThat(first.get("meta").get("totalPages").asLong()).isEqualTo(3);
        assertThat(names(first)).containsExactly("Budi Santoso", "siti rahma");
        assertThat(phones(last)).containsExactly("+6281800001111");
        assertThat(last.get("meta").get("page").asInt()).isEqualTo(3);
        assertThat(beyond.get("data").size()).isZero();
        assertThat(beyond.get("meta").get("total").asLong()).isEqualTo(5);
    }

    @Test
    void namesSortInAnyCaseWithTheUnnamedLast() {
        assertThat(contactApi.names("sortBy=name&limit=4"))
                .containsExactly("Ahmad (Singapore)", "Budi Santoso", "Dewi 100%", "siti rahma");
        assertThat(contactApi.names("sortBy=name&sortOrder=desc&limit=4"))
                .containsExactly("siti rahma", "Dewi 100%", "Budi Santoso", "Ahmad (Singapore)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUDI", "santoso", "TOKOBAJU.ID", "0812-3456", "+62 812 3456 7890", "6281234567890",
            "(0812)%2034567890", "3456789"})
    void aSearchFindsANameEmailOrAnySpellingOfTheNumber(String search) {
        assertThat(contactApi.names("search=" + search.replace("+", "%2B").replace(" ", "+")))
                .containsExactly("Budi Santoso");
    }

    @Test
    void aSearchTakesWildcardsLiterally() {
        assertThat(contactApi.names("search=%25")).containsExactly("Dewi 100%");
        assertThat(contactApi.names("search=_")).isEmpty();
    }

    @Test
    void aSearchWithoutMatchesIsAnEmptyPage() {
        JsonNode list = contactApi.list("search=nobody").json();

        assertThat(list.get("data").size()).isZero();
        assertThat(list.get("meta").get("total").asLong()).isZero();
        assertThat(list.get("meta").get("totalPages").asLong()).isZero();
    }

    @Test
    void tagsFilterInAnyCaseAndRepeatedTagsMustAllMatch() {
        assertThat(contactApi.names("tag=VIP&sortBy=name")).containsExactly("Ahmad (Singapore)", "Budi Santoso");
        assertThat(contactApi.names("tag=vip&tag=jakarta")).containsExactly("Budi Santoso");
        assertThat(contactApi.names("tag=unknown")).isEmpty();
    }

    @Test
    void segmentAndBlockedFilter() {
        assertThat(contactApi.names("segment=regular")).containsExactly("siti rahma");
        assertThat(contactApi.names("blocked=true")).containsExactly("Dewi 100%");
        assertThat(contactApi.list("blocked=false").json().get("meta").get("total").asLong()).isEqualTo(4);
        assertThat(contactApi.names("search=a&segment=vip&blocked=false")).containsExactly("Budi Santoso");
    }

    @ParameterizedTest
    @CsvSource({
            "limit=0, limit",
            "limit=101, limit",
            "limit=many, limit",
            "page=0, page",
            "page=-1, page",
            "sortBy=phone, sortBy",
            "sortOrder=up, sortOrder",
            "segment=gold, segment",
            "blocked=maybe, blocked"})
    void aBadParameterIsNamed(String query, String field) {
        assertThat(invalidField(contactApi.list(query))).isEqualTo(field);
    }

    @Test
    void aTooLongSearchIsNamed() {
        assertThat(invalidField(contactApi.list("search=" + "x".repeat(101)))).isEqualTo("search");
    }

    private static List<String> phones(JsonNode list) {
        return list.get("data").valueStream().map(contact -> contact.get("phone").asString()).toList();
    }

    private static List<String> names(JsonNode list) {
        return list.get("data").valueStream().map(contact -> contact.get("name").asString()).toList();
    }
}
