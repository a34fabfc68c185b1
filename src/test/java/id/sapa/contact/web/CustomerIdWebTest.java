package id.sapa.contact.web;

import static id.sapa.contact.web.ContactApi.conflictingField;
import static id.sapa.contact.web.ContactApi.invalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** The business's billing system knows contacts by its own customer ids: sets, finds and syncs them by it. */
class CustomerIdWebTest extends WebTestSupport {

    SignedIn owner;
    ContactApi contactApi;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Tagihan");
        contactApi = new ContactApi(api, owner.token());
    }

    @Test
    void aContactIsAddedWithACustomerIdAndFoundByIt() {
        JsonNode created = contactApi.create(
                Map.of("phone", "081234567890", "name", "Budi", "customerId", " CUST-001 "));

        assertThat(created.get("customerId").asString()).isEqualTo("CUST-001");
        Api.Reply found = contactApi.byCustomerId("CUST-001");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).isEqualTo(created);
        assertThat(contactApi.create(Map.of("phone", "081299990000")).has("customerId")).isFalse();
    }

    @Test
    void aNumericCustomerIdIsKeptAsText() {
        JsonNode created = contactApi.create(Map.of("phone", "081234567890", "customerId", 12345));

        assertThat(created.get("customerId").isString()).isTrue();
        assertThat(created.get("customerId").asString()).isEqualTo("12345");
        assertThat(contactApi.byCustomerId("12345").json().get("id")).isEqualTo(created.get("id"));
    }

    @Test
    void anUnknownCustomerIdIsNotFound() {
        Api.Reply reply = contactApi.byCustomerId("NOPE-1");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("type").asString()).endsWith("/not-found");
    }

    @Test
    void aCustomerIdOutsideItsSpellingIsRefusedByName() {
        assertThat(invalidCreate(Map.of("phone", "081234567890", "customerId", "  "))).isEqualTo("customerId");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "customerId", "x".repeat(65))))
                .isEqualTo("customerId");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "customerId", "cust 1"))).isEqualTo("customerId");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "customerId", "cust/1"))).isEqualTo("customerId");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "customerId", 1.5))).isEqualTo("customerId");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "customerId", true))).isEqualTo("customerId");
        assertThat(contactApi.create(Map.of("phone", "081234567890", "customerId", "a.B_9:z-" + "x".repeat(56)))
                .get("customerId").asString()).hasSize(64);
    }

    @Test
    void aCustomerIdTheBusinessAlreadyGaveIsAConflictInBothLanguages() {
        contactApi.create(Map.of("phone", "081234567890", "customerId", "CUST-001"));

        Api.Reply indonesian = api.post("/api/contacts", Map.of("phone", "081299990000", "customerId", "CUST-001"))
                .token(owner.token()).send();
        Api.Reply english = api.post("/api/contacts", Map.of("phone", "081299990000", "customerId", "CUST-001"))
                .header("Accept-Language", "en").token(owner.token()).send();

        assertThat(conflictingField(indonesian)).isEqualTo("customerId");
        assertThat(indonesian.json().get("detail").asString())
                .isEqualTo("Sudah ada kontak dengan ID pelanggan CUST-001");
        assertThat(conflictingField(english)).isEqualTo("customerId");
        assertThat(english.json().get("detail").asString())
                .isEqualTo("There is already a contact with the customer id CUST-001");
        assertThat(contactApi.list("search=0812-9999").json().get("meta").get("total").asLong()).isZero();
    }

    @Test
    void anotherBusinessMayUseTheSameCustomerIdAndNeverFindsOrChangesOurs() {
        JsonNode ours = contactApi.create(Map.of("phone", "081234567890", "name", "Budi", "customerId", "CUST-001"));
        ContactApi other = new ContactApi(api, accounts.registerBusiness("Toko Tagihan Lain").token());

        assertThat(other.byCustomerId("CUST-001").status()).isEqualTo(404);
        Api.Reply theirs = other.upsert("CUST-001", Map.of("phone", "081234567890", "name", "Pak Budi"));

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id")).isNotEqualTo(ours.get("id"));
        assertThat(contactApi.byCustomerId("CUST-001").json()).isEqualTo(ours);
    }

    @Test
    void aPatchSetsChangesAndClearsTheCustomerId() {
        String id = contactApi.create(Map.of("phone", "081234567890", "name", "Budi")).get("id").asString();

        assertThat(contactApi.patch(id, Map.of("customerId", 777)).json().get("customerId").asString())
                .isEqualTo("777");
        assertThat(contactApi.patch(id, Map.of("name", "Budi S")).json().get("customerId").asString()).isEqualTo("777");
        Map<String, Object> clear = new HashMap<>();
        clear.put("customerId", null);
        JsonNode cleared = contactApi.patch(id, clear).json();

        assertThat(cleared.has("customerId")).isFalse();
        assertThat(cleared.get("name").asString()).isEqualTo("Budi S");
        assertThat(contactApi.byCustomerId("777").status()).isEqualTo(404);
    }

    @Test
    void aPatchToAnotherContactsCustomerIdIsAConflictAndChangesNothing() {
        contactApi.create(Map.of("phone", "081234567890", "customerId", "CUST-001"));
        String id = contactApi.create(Map.of("phone", "081299990000", "customerId", "CUST-002")).get("id").asString();

        assertThat(conflictingField(contactApi.patch(id, Map.of("customerId", "CUST-001", "name", "Siti"))))
                .isEqualTo("customerId");
        assertThat(invalidField(contactApi.patch(id, Map.of("customerId", "")))).isEqualTo("customerId");
        JsonNode unchanged = contactApi.get(id).json();
        assertThat(unchanged.get("customerId").asString()).isEqualTo("CUST-002");
        assertThat(unchanged.has("name")).isFalse();
    }

    @Test
    void anUpsertOfANewCustomerAddsTheContact() {
        Api.Reply reply = contactApi.upsert("CUST-100", Map.of("phone", "081234567890", "name", "Budi"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode contact = reply.json();
        assertThat(reply.header("Location")).isEqualTo("/api/contacts/" + contact.get("id").asString());
        assertThat(contact.get("customerId").asString()).isEqualTo("CUST-100");
        assertThat(contact.get("phone").asString()).isEqualTo("+6281234567890");
        assertThat(contact.get("name").asString()).isEqualTo("Budi");
    }

    @Test
    void anUpsertOfAKnownCustomerTakesTheNewNumberAndName() {
        String id = contactApi.upsert("CUST-100", Map.of("phone", "081234567890", "name", "Budi")).json().get("id")
                .asString();

        Api.Reply renamed = contactApi.upsert("CUST-100", Map.of("phone", "+6281299990000", "name", "Budi Santoso"));
        Api.Reply nameless = contactApi.upsert("CUST-100", Map.of("phone", "6281299990000@c.us"));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("id").asString()).isEqualTo(id);
        assertThat(renamed.json().get("phone").asString()).isEqualTo("+6281299990000");
        assertThat(renamed.json().get("waId").asString()).isEqualTo("6281299990000");
        assertThat(nameless.status()).isEqualTo(200);
        assertThat(nameless.json().get("name").asString()).isEqualTo("Budi Santoso");
        assertThat(contactApi.list("").json().get("meta").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anUpsertFindsTheContactByItsNumberWhenTheCustomerIdIsNew() {
        JsonNode wroteIn = contactApi.create(Map.of("phone", "081234567890", "name", "Budi", "tags", List.of("vip")));

        Api.Reply reply = contactApi.upsert("CUST-100", Map.of("phone", "+62 812-3456-7890"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id")).isEqualTo(wroteIn.get("id"));
        assertThat(reply.json().get("customerId").asString()).isEqualTo("CUST-100");
        assertThat(reply.json().get("name").asString()).isEqualTo("Budi");
        assertThat(ContactApi.strings(reply.json().get("tags"))).containsExactly("vip");
    }

    @Test
    void anUpsertDoesNotTakeTheNumberOfAnotherCustomer() {
        JsonNode other = contactApi.create(Map.of("phone", "081234567890", "customerId", "CUST-001"));
        contactApi.upsert("CUST-002", Map.of("phone", "081299990000"));

        Api.Reply newCustomer = contactApi.upsert("CUST-003", Map.of("phone", "081234567890"));
        Api.Reply knownCustomer = contactApi.upsert("CUST-002", Map.of("phone", "081234567890"));

        assertThat(conflictingField(newCustomer)).isEqualTo("phone");
        assertThat(newCustomer.json().get("contactId")).isEqualTo(other.get("id"));
        assertThat(conflictingField(knownCustomer)).isEqualTo("phone");
        assertThat(contactApi.byCustomerId("CUST-002").json().get("phone").asString()).isEqualTo("+6281299990000");
        assertThat(contactApi.byCustomerId("CUST-003").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0812", "call me"})
    void anUpsertWithoutAUsableNumberIsRefusedByName(String phone) {
        assertThat(invalidField(contactApi.upsert("CUST-100", Map.of("phone", phone)))).isEqualTo("phone");
        assertThat(contactApi.byCustomerId("CUST-100").status()).isEqualTo(404);
    }

    @Test
    void anUpsertValidatesTheCustomerIdAndTheName() {
        assertThat(invalidField(contactApi.upsert("cust%20one", Map.of("phone", "081234567890"))))
                .isEqualTo("customerId");
        assertThat(invalidField(contactApi.upsert("CUST-100",
                Map.of("phone", "081234567890", "name", "x".repeat(101))))).isEqualTo("name");
        assertThat(invalidField(contactApi.upsert("CUST-100", Map.of()))).isEqualTo("phone");
    }

    private String invalidCreate(Map<String, ?> body) {
        return invalidField(api.post("/api/contacts", body).token(owner.token()).send());
    }
}
