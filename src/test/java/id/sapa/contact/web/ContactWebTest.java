package id.sapa.contact.web;

import static id.sapa.contact.web.ContactApi.invalidField;
import static id.sapa.contact.web.ContactApi.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.contact.Contacts;
import id.sapa.shared.ContactId;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** One business's owner adds, reads, changes, tags, blocks and deletes contacts over HTTP. */
class ContactWebTest extends WebTestSupport {

    @Autowired
    Contacts contacts;

    SignedIn owner;
    ContactApi contactApi;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Kontak");
        contactApi = new ContactApi(api, owner.token());
    }

    @Test
    void aContactIsAddedWithItsNumberInE164AndItsTagsNormalised() {
        Api.Reply reply = api.post("/api/contacts", Map.of(
                "phone", "0812-3456-7890", "name", " Budi Santoso ", "email", "budi@example.com",
                "address", "Jl. Melati 5, Bandung", "notes", "Prefers mornings",
                "tags", List.of(" VIP", "vip", "Jakarta"), "segment", "vip"))
                .token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(201);
        JsonNode contact = reply.json();
        assertThat(reply.header("Location")).isEqualTo("/api/contacts/" + contact.get("id").asString());
        assertThat(contact.get("phone").asString()).isEqualTo("+6281234567890");
        assertThat(contact.get("waId").asString()).isEqualTo("6281234567890");
        assertThat(contact.get("name").asString()).isEqualTo("Budi Santoso");
        assertThat(contact.get("email").asString()).isEqualTo("budi@example.com");
        assertThat(contact.get("address").asString()).isEqualTo("Jl. Melati 5, Bandung");
        assertThat(contact.get("notes").asString()).isEqualTo("Prefers mornings");
        assertThat(strings(contact.get("tags"))).containsExactly("vip", "jakarta");
        assertThat(contact.get("segment").asString()).isEqualTo("vip");
        assertThat(contact.get("isBlocked").asBoolean()).isFalse();
        assertThat(contact.get("totalMessagesReceived").asInt()).isZero();
        assertThat(contact.get("createdAt").asString()).isNotBlank();
        assertThat(contact.has("lastContactAt")).isFalse();
    }

    @Test
    void aContactIsReadBackById() {
        JsonNode created = contactApi.create("+62 811-2222-3333", "Siti");

        Api.Reply reply = contactApi.get(created.get("id").asString());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(created);
    }

    @Test
    void onlyThePhoneIsRequired() {
        JsonNode contact = contactApi.create(Map.of("phone", "6281399998888"));

        assertThat(contact.has("name")).isFalse();
        assertThat(strings(contact.get("tags"))).isEmpty();
    }

    @Test
    void anInvalidNumberIsRefusedWithTheReason() {
        Api.Reply tooShort = api.post("/api/contacts", Map.of("phone", "0812")).token(owner.token())
                .header("Accept-Language", "en").send();
        Api.Reply letters = api.post("/api/contacts", Map.of("phone", "call me")).token(owner.token()).send();

        assertThat(invalidField(tooShort)).isEqualTo("phone");
        assertThat(tooShort.json().get("errors").get(0).get("message").asString()).contains("too short");
        assertThat(invalidField(letters)).isEqualTo("phone");
        assertThat(letters.json().get("errors").get(0).get("message").asString()).contains("bukan nomor telepon");
    }

    @Test
    void eachInvalidFieldIsNamed() {
        assertThat(invalidCreate(Map.of())).isEqualTo("phone");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "email", "not-an-email"))).isEqualTo("email");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "name", "x".repeat(101)))).isEqualTo("name");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "address", "x".repeat(1001)))).isEqualTo("address");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "notes", "x".repeat(5001)))).isEqualTo("notes");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "segment", "gold"))).isEqualTo("segment");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "tags", "vip"))).isEqualTo("tags");
    }

    @Test
    void tagsKeepToTheirLimits() {
        List<String> thirtyOne = IntStream.rangeClosed(1, 31).mapToObj(i -> "tag" + i).toList();

        assertThat(invalidCreate(Map.of("phone", "081234567890", "tags", thirtyOne))).isEqualTo("tags");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "tags", List.of("x".repeat(51))))).isEqualTo("tags");
        assertThat(invalidCreate(Map.of("phone", "081234567890", "tags", List.of("vip", " ")))).isEqualTo("tags");
        assertThat(contactApi.create(Map.of("phone", "081234567890", "tags", thirtyOne.subList(0, 30))).get("tags").size())
                .isEqualTo(30);
    }

    @Test
    void aNumberTheBusinessAlreadyHasIsAConflictInAnySpelling() {
        JsonNode existing = contactApi.create("081234567890", "Budi");

        Api.Reply reply = api.post("/api/contacts", Map.of("phone", "+62 812-3456-7890", "name", "Budi lagi"))
                .token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("type").asString()).endsWith("/conflict");
        assertThat(reply.json().get("field").asString()).isEqualTo("phone");
        assertThat(reply.json().get("contactId").asString()).isEqualTo(existing.get("id").asString());
    }

    @Test
    void anotherBusinessMayHaveTheSameNumber() {
        contactApi.create("081234567890", "Budi");
        SignedIn other = accounts.registerBusiness("Toko Lain");

        JsonNode theirs = new ContactApi(api, other.token()).create("081234567890", "Pak Budi");

        assertThat(theirs.get("phone").asString()).isEqualTo("+6281234567890");
    }

    @Test
    void aPatchChangesOnlyTheFieldsSent() {
        JsonNode created = contactApi.create(Map.of("phone", "081234567890", "name", "Budi", "email", "budi@example.com",
                "notes", "old note", "tags", List.of("vip")));

        Api.Reply reply = api.patch("/api/contacts/" + created.get("id").asString(),
                Map.of("name", "Budi Santoso", "segment", "regular", "tags", List.of("Reseller", "reseller")))
                .token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode changed = reply.json();
        assertThat(changed.get("name").asString()).isEqualTo("Budi Santoso");
        assertThat(changed.get("segment").asString()).isEqualTo("regular");
        assertThat(strings(changed.get("tags"))).containsExactly("reseller");
        assertThat(changed.get("email").asString()).isEqualTo("budi@example.com");
        assertThat(changed.get("notes").asString()).isEqualTo("old note");
        assertThat(changed.get("phone").asString()).isEqualTo("+6281234567890");
    }

    @Test
    void aPatchClearsTheFieldsSentAsNull() {
        JsonNode created = contactApi.create(Map.of("phone", "081234567890", "name", "Budi", "email", "budi@example.com",
                "segment", "vip", "tags", List.of("vip")));
        Map<String, Object> clear = new HashMap<>();
        clear.put("email", null);
        clear.put("segment", null);
        clear.put("tags", null);

        JsonNode changed = api.patch("/api/contacts/" + created.get("id").asString(), clear).token(owner.token()).send()
                .json();

        assertThat(changed.has("email")).isFalse();
        assertThat(changed.has("segment")).isFalse();
        assertThat(strings(changed.get("tags"))).isEmpty();
        assertThat(changed.get("name").asString()).isEqualTo("Budi");
    }

    @Test
    void aPatchValidatesItsFieldsAndRefusesAPhone() {
        String path = "/api/contacts/" + contactApi.create("081234567890", "Budi").get("id").asString();

        assertThat(invalidField(api.patch(path, Map.of("email", "budi@")).token(owner.token()).send())).isEqualTo("email");
        assertThat(invalidField(api.patch(path, Map.of("name", "x".repeat(101))).token(owner.token()).send()))
                .isEqualTo("name");
        assertThat(invalidField(api.patch(path, Map.of("segment", "gold")).token(owner.token()).send()))
                .isEqualTo("segment");
        assertThat(invalidField(api.patch(path, Map.of("tags", List.of("x".repeat(51)))).token(owner.token()).send()))
                .isEqualTo("tags");
        assertThat(invalidField(api.patch(path, Map.of("phone", "081299998888")).token(owner.token()).send()))
                .isEqualTo("phone");
        assertThat(contactApi.get(path.substring(path.lastIndexOf('/') + 1)).json().get("phone").asString())
                .isEqualTo("+6281234567890");
    }

    @Test
    void tagsAreAddedByDefaultRemovedOrReplaced() {
        String id = contactApi.create(Map.of("phone", "081234567890", "tags", List.of("vip", "jakarta"))).get("id")
                .asString();
        String path = "/api/contacts/" + id + "/tags";

        JsonNode added = api.post(path, Map.of("tags", List.of(" Reseller ", "VIP"))).token(owner.token()).send().json();
        assertThat(strings(added.get("tags"))).containsExactly("vip", "jakarta", "reseller");

        JsonNode removed = api.post(path, Map.of("tags", List.of("JAKARTA", "unknown"), "mode", "remove"))
                .token(owner.token()).send().json();
        assertThat(strings(removed.get("tags"))).containsExactly("vip", "reseller");

        JsonNode replaced = api.post(path, Map.of("tags", List.of("Bandung"), "mode", "replace")).token(owner.token())
                .send().json();
        assertThat(strings(replaced.get("tags"))).containsExactly("bandung");
    }

    @Test
    void tagChangesKeepToTheLimits() {
        String path = "/api/contacts/" + contactApi.create(Map.of("phone", "081234567890",
                "tags", IntStream.rangeClosed(1, 29).mapToObj(i -> "tag" + i).toList())).get("id").asString() + "/tags";

        assertThat(invalidField(api.post(path, Map.of("tags", List.of("one", "two"))).token(owner.token()).send()))
                .isEqualTo("tags");
        assertThat(invalidField(api.post(path, Map.of("tags", List.of("x".repeat(51)))).token(owner.token()).send()))
                .isEqualTo("tags");
        assertThat(invalidField(api.post(path, Map.of()).token(owner.token()).send())).isEqualTo("tags");
        assertThat(invalidField(api.post(path, Map.of("tags", List.of("one"), "mode", "merge")).token(owner.token())
                .send())).isEqualTo("mode");
        assertThat(api.post(path, Map.of("tags", List.of("one"))).token(owner.token()).send().json().get("tags").size())
                .isEqualTo(30);
    }

    @Test
    void aBlockedContactSaysSinceWhenAndWhyUntilUnblocked() {
        String id = contactApi.create("081234567890", "Spammer").get("id").asString();

        JsonNode blocked = api.post("/api/contacts/" + id + "/block", Map.of("reason", "Sends spam"))
                .token(owner.token()).send().json();

        assertThat(blocked.get("isBlocked").asBoolean()).isTrue();
        assertThat(blocked.get("blockedReason").asString()).isEqualTo("Sends spam");
        assertThat(blocked.get("blockedAt").asString()).isNotBlank();
        assertThat(contacts.isBlocked(owner.tenantId(), ContactId.of(id))).isTrue();

        JsonNode unblocked = api.post("/api/contacts/" + id + "/unblock", null).token(owner.token()).send().json();

        assertThat(unblocked.get("isBlocked").asBoolean()).isFalse();
        assertThat(unblocked.has("blockedReason")).isFalse();
        assertThat(unblocked.has("blockedAt")).isFalse();
        assertThat(contacts.isBlocked(owner.tenantId(), ContactId.of(id))).isFalse();
    }

    @Test
    void blockingNeedsNoReasonAndBlockingAgainKeepsTheFirstTimeAndReason() {
        String id = contactApi.create("081234567890", "Spammer").get("id").asString();
        JsonNode first = api.post("/api/contacts/" + id + "/block", Map.of("reason", "Spam")).token(owner.token())
                .send().json();

        Api.Reply again = api.post("/api/contacts/" + id + "/block", null).token(owner.token()).send();

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("blockedAt")).isEqualTo(first.get("blockedAt"));
        assertThat(again.json().get("blockedReason").asString()).isEqualTo("Spam");
        assertThat(invalidField(api.post("/api/contacts/" + id + "/block", Map.of("reason", "x".repeat(501)))
                .token(owner.token()).send())).isEqualTo("reason");
    }

    @Test
    void anOptOutIsRecordedOnceUntilTheContactOptsInAgain() {
        String id = contactApi.create("081234567890", "Budi").get("id").asString();
        assertThat(contactApi.get(id).json().has("optedOutAt")).isFalse();

        JsonNode optedOut = api.post("/api/contacts/" + id + "/opt-out", null).token(owner.token()).send().json();
        Api.Reply again = api.post("/api/contacts/" + id + "/opt-out", null).token(owner.token()).send();

        assertThat(optedOut.get("optedOutAt").asString()).isNotBlank();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("optedOutAt")).isEqualTo(optedOut.get("optedOutAt"));
        assertThat(contacts.get(owner.tenantId(), ContactId.of(id)).optedOutAt()).isNotNull();

        Api.Reply optedIn = api.post("/api/contacts/" + id + "/opt-in", null).token(owner.token()).send();

        assertThat(optedIn.status()).isEqualTo(200);
        assertThat(optedIn.json().has("optedOutAt")).isFalse();
        assertThat(api.post("/api/contacts/" + id + "/opt-in", null).token(owner.token()).send().status())
                .isEqualTo(200);
    }

    @Test
    void aDeletedContactIsGone() {
        String id = contactApi.create("081234567890", "Budi").get("id").asString();

        Api.Reply deleted = api.delete("/api/contacts/" + id).token(owner.token()).send();

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(contactApi.get(id).status()).isEqualTo(404);
        assertThat(api.delete("/api/contacts/" + id).token(owner.token()).send().status()).isEqualTo(404);
        assertThat(contactApi.create("081234567890", "Budi again").get("id").asString()).isNotEqualTo(id);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFoundOrNamed() {
        Api.Reply unknown = contactApi.get(ContactId.random().toString());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/not-found");
        assertThat(invalidField(contactApi.get("not-a-uuid"))).isEqualTo("id");
    }

    private String invalidCreate(Map<String, ?> body) {
        return invalidField(api.post("/api/contacts", body).token(owner.token()).send());
    }
}
