package id.sapa.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Every text the server writes for people follows the reader's language (issue 15): Bahasa
 * Indonesia for {@code Accept-Language: id} and for a caller that names none, English for
 * {@code en}; what programs read ({@code type}, {@code status}, field names, reason codes) is the
 * same in both.
 */
class ReaderLanguageWebTest extends WebTestSupport {

    private SignedIn owner;

    @BeforeEach
    void signUp() {
        owner = accounts.registerBusiness("Toko Bahasa");
    }

    @Test
    void aBeanValidationMessageFollowsTheReader() {
        String tooLong = "x".repeat(121);
        Readings readings = read(language -> api.patch("/api/tenant", Map.of("name", tooLong)).token(owner.token()),
                400);

        readings.indonesian(problem -> {
            assertThat(message(problem, "name")).isEqualTo("harus 1 sampai 120 karakter");
            assertThat(problem.get("title").asString()).isEqualTo("Data tidak valid");
        });
        readings.english(problem -> {
            assertThat(message(problem, "name")).isEqualTo("size must be between 1 and 120");
            assertThat(problem.get("title").asString()).isEqualTo("Validation failed");
            assertThat(problem.get("detail").asString()).isEqualTo("name: size must be between 1 and 120");
        });
    }

    @Test
    void aRequiredFieldIsWajibDiisi() {
        Readings readings = read(language -> api.post("/api/messages/send", Map.of("content", "halo")).token(owner.token()),
                400);

        readings.indonesian(problem -> assertThat(message(problem, "conversationId")).isEqualTo("wajib diisi"));
        readings.english(problem -> assertThat(message(problem, "conversationId")).isEqualTo("must not be null"));
    }

    @Test
    void aFieldRefusedByDomainCodeFollowsTheReader() {
        Readings readings = read(language -> api.post("/api/quick-replies",
                Map.of("title", "Salam", "message", "Halo kak")).token(owner.token()), 400);

        readings.indonesian(problem -> {
            assertThat(message(problem, "shortcut")).isEqualTo("wajib diisi");
            assertThat(problem.get("detail").asString()).isEqualTo("shortcut: wajib diisi");
        });
        readings.english(problem -> {
            assertThat(message(problem, "shortcut")).isEqualTo("is required");
            assertThat(problem.get("detail").asString()).isEqualTo("shortcut: is required");
        });
    }

    @Test
    void anotherBusinesssIdIsNotFoundInTheReadersWords() {
        SignedIn other = accounts.registerBusiness("Toko Sebelah");
        String id = api.post("/api/quick-replies", Map.of("shortcut", "/salam", "title", "Salam", "message", "Halo kak"))
                .token(other.token()).send().json().get("quickReply").get("id").asString();

        Readings readings = read(language -> api.get("/api/quick-replies/" + id).token(owner.token()), 404);

        readings.indonesian(problem -> assertThat(problem.get("detail").asString())
                .isEqualTo("Balasan cepat " + id + " tidak ditemukan"));
        readings.english(problem -> assertThat(problem.get("detail").asString()).isEqualTo("Quick reply " + id + " not found"));
    }

    @Test
    void aRoleThatMayNotIsToldSoInTheReadersLanguage() {
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);

        Readings readings = read(language -> api.post("/api/auto-reply/rules", Map.of("name", "Harga"))
                .token(viewer.token()), 403);

        readings.indonesian(problem -> assertThat(problem.get("detail").asString())
                .isEqualTo("Peran Anda tidak mengizinkan tindakan ini"));
        readings.english(problem -> assertThat(problem.get("detail").asString())
                .isEqualTo("Your role does not allow this action"));
    }

    @Test
    void malformedJsonIsToldInTheReadersLanguage() {
        Readings readings = read(language -> api.post("/api/quick-replies", "{\"shortcut\": ").token(owner.token()), 400);

        readings.indonesian(problem -> assertThat(problem.get("detail").asString())
                .isEqualTo("Isi permintaan bukan JSON yang valid"));
        readings.english(problem -> assertThat(problem.get("detail").asString())
                .isEqualTo("The request body is not valid JSON"));
    }

    @Test
    void theRuleTesterGivesEachReasonInTheReadersLanguageWithAStableCode() {
        assertThat(api.post("/api/auto-reply/rules", Map.of("name", "Ongkir", "triggerType", "keyword",
                "keywords", List.of("ongkir"), "responseType", "text", "responseMessage", "Ongkirnya 10rb, Kak"))
                .token(owner.token()).send().status()).isEqualTo(201);
        Map<String, Object> sample = Map.of("testMessage", "kapan buka?");

        Function<String, JsonNode> ongkir = language -> {
            Api.Request request = api.post("/api/auto-reply/test", sample).token(owner.token());
            JsonNode trial = (language == null ? request : request.header("Accept-Language", language)).send().json();
            return StreamSupport.stream(trial.get("rules").spliterator(), false)
                    .filter(rule -> rule.get("name").asString().equals("Ongkir")).findFirst().orElseThrow();
        };

        for (String indonesian : new String[] {"id", null}) {
            JsonNode outcome = ongkir.apply(indonesian);
            assertThat(outcome.get("reasonCode").asString()).isEqualTo("no_keyword_matched");
            assertThat(outcome.get("reason").asString()).isEqualTo("tidak ada kata kunci yang cocok (contains)");
        }
        JsonNode english = ongkir.apply("en");
        assertThat(english.get("reasonCode").asString()).isEqualTo("no_keyword_matched");
        assertThat(english.get("reason").asString()).isEqualTo("no keyword matched (contains)");
    }

    /** The field's message in a validation problem. */
    private static String message(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    /**
     * Sends the same request with {@code Accept-Language: id}, with none and with {@code en}, and
     * checks that everything but the words is the same.
     */
    private Readings read(Function<String, Api.Request> request, int status) {
        List<JsonNode> indonesian = new ArrayList<>();
        for (String language : new String[] {"id", null}) {
            Api.Request sent = request.apply(language);
            Api.Reply reply = (language == null ? sent : sent.header("Accept-Language", language)).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            indonesian.add(reply.json());
        }
        Api.Reply english = request.apply("en").header("Accept-Language", "en-US,en;q=0.9").send();
        assertThat(english.status()).as(english.toString()).isEqualTo(status);
        JsonNode en = english.json();
        for (JsonNode id : indonesian) {
            assertThat(id.get("type")).isEqualTo(en.get("type"));
            assertThat(id.get("status")).isEqualTo(en.get("status"));
            assertThat(fields(id)).isEqualTo(fields(en));
        }
        assertThat(indonesian.get(0).get("detail")).isEqualTo(indonesian.get(1).get("detail"));
        return new Readings(indonesian, en);
    }

    private static List<String> fields(JsonNode problem) {
        JsonNode errors = problem.get("errors");
        return errors == null ? List.of()
                : StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("field").asString()).toList();
    }

    private record Readings(List<JsonNode> indonesianAndUnnamed, JsonNode inEnglish) {

        void indonesian(java.util.function.Consumer<JsonNode> check) {
            indonesianAndUnnamed.forEach(check);
        }

        void english(java.util.function.Consumer<JsonNode> check) {
            check.accept(inEnglish);
        }
    }
}
