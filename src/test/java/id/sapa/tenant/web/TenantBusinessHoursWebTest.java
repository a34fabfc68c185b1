package id.sapa.tenant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** The business hours kept with the tenant: read and changed through {@code /api/tenant}, checked field by field. */
class TenantBusinessHoursWebTest extends WebTestSupport {

    SignedIn owner;

    @BeforeEach
    void business() {
        owner = accounts.registerBusiness("Toko Jam Buka");
    }

    private JsonNode hours() {
        return api.get("/api/tenant").token(owner.token()).send().json().get("businessHours");
    }

    @Test
    void aNewBusinessHasTheDefaultHours() {
        JsonNode hours = hours();
        assertThat(hours.get("start").asString()).isEqualTo("08:00");
        assertThat(hours.get("end").asString()).isEqualTo("17:00");
        assertThat(hours.get("days").toString()).isEqualTo("[1,2,3,4,5,6]");
        assertThat(hours.path("timezone").isNull() || hours.path("timezone").isMissingNode()).isTrue();
    }

    @Test
    void theOwnerSetsHoursThatAreKeptWhole() {
        Map<String, Object> own = Map.of("start", "21:00", "end", "06:00", "timezone", "Asia/Makassar", "days",
                List.of(1, 2, 3), "schedule", Map.of("6", Map.of("start", "10:00", "end", "14:00")), "holidays",
                List.of("2026-12-25"));
        Api.Reply reply = api.patch("/api/tenant", Map.of("businessHours", own)).token(owner.token()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("businessHours").get("start").asString()).isEqualTo("21:00");
        JsonNode stored = hours();
        assertThat(stored.get("timezone").asString()).isEqualTo("Asia/Makassar");
        assertThat(stored.get("schedule").get("6").get("end").asString()).isEqualTo("14:00");
        assertThat(stored.get("holidays").get(0).asString()).isEqualTo("2026-12-25");

        // Changing another field leaves the hours as they are; new hours replace them whole.
        api.patch("/api/tenant", Map.of("name", "Toko Malam")).token(owner.token()).send();
        assertThat(hours().get("start").asString()).isEqualTo("21:00");
        api.patch("/api/tenant", Map.of("businessHours", Map.of("start", "09:00", "end", "17:00"))).token(owner.token())
                .send();
        assertThat(hours().get("days").size()).isZero();
        assertThat(hours().get("holidays").size()).isZero();
    }

    @Test
    void invalidHoursAreRefusedNamingEachField() {
        Api.Reply reply = api.patch("/api/tenant", Map.of("businessHours", Map.of("start", "9", "end", "25:00",
                "timezone", "Mars/Base", "days", List.of(0, 3), "schedule", Map.of("8", Map.of("start", "09:00",
                        "end", "10:00")), "holidays", List.of("25-12-2026")))).token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        List<String> fields = new java.util.ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("businessHours.start", "businessHours.end",
                "businessHours.timezone", "businessHours.days", "businessHours.schedule.8", "businessHours.holidays");
        assertThat(hours().get("start").asString()).as("nothing stored").isEqualTo("08:00");

        Api.Reply missing = api.patch("/api/tenant", Map.of("businessHours", Map.of("end", "17:00")))
                .token(owner.token()).send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("businessHours.start");
    }

    @Test
    void theSettingsSapaReadsAreCheckedNamingTheSetting() {
        Api.Reply notASwitch = api.patch("/api/tenant", Map.of("settings", Map.of("autoAssign", "yes"))).token(owner.token())
                .send();
        Api.Reply unknownStrategy = api.patch("/api/tenant", Map.of("settings", Map.of("assignmentStrategy", "random")))
                .token(owner.token()).send();
        Api.Reply kept = api.patch("/api/tenant", Map.of("settings", Map.of("autoReply", false, "greeting", "Halo")))
                .token(owner.token()).send();

        assertThat(notASwitch.status()).isEqualTo(400);
        assertThat(notASwitch.json().get("errors").get(0).get("field").asString()).isEqualTo("settings.autoAssign");
        assertThat(unknownStrategy.status()).isEqualTo(400);
        assertThat(unknownStrategy.json().get("errors").get(0).get("field").asString()).isEqualTo("settings.assignmentStrategy");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().get("settings").get("autoReply").asBoolean()).isFalse();
        assertThat(kept.json().get("settings").get("greeting").asString()).isEqualTo("Halo");
    }

    @Test
    void onlyThoseWhoManageTheBusinessChangeItsHours() {
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        Api.Reply reply = api.patch("/api/tenant", Map.of("businessHours", Map.of("start", "10:00", "end", "12:00")))
                .token(operator.token()).send();
        assertThat(reply.status()).isEqualTo(403);
        assertThat(api.get("/api/tenant").token(operator.token()).send().json().get("businessHours").get("start")
                .asString()).isEqualTo("08:00");
    }
}
