package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.sapa.shared.Role;
import id.sapa.support.Chromium;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** The Settings screen: one's own password and sessions, and the business's profile, hours and chat sharing. */
class SettingsBrowserTest extends BrowserTestSupport {

    private Page settings(SignedIn user) {
        Page page = signIn(context, user);
        page.locator(".nav a[href='#/settings']").click();
        assertThat(page.locator("#account-title")).hasText("Akun saya");
        return page;
    }

    @Test
    void theOwnerSetsTheBusinessProfileHoursAndHowChatsAreShared() {
        SignedIn owner = accounts.registerBusiness("Toko Pengaturan");
        Page page = settings(owner);
        assertThat(page.locator("#tenant-name")).hasValue("Toko Pengaturan");
        List<String> patches = new ArrayList<>();
        page.onRequest(request -> {
            if ("PATCH".equals(request.method()) && request.url().endsWith("/api/tenant")) {
                patches.add(request.postData());
            }
        });

        // The browser's check comes first: a blank name is said under its field, nothing is sent.
        page.locator("#tenant-name").fill("  ");
        page.locator("#save-business").click();
        assertThat(page.locator("#business-settings [data-field='name'] .field-error")).hasText("wajib diisi");
        assertThat(patches).isEmpty();

        page.locator("#tenant-name").fill("Toko Pengaturan Makassar");
        page.locator("#tenant-timezone").selectOption("Asia/Makassar");
        page.locator("#business-businessHours-start").fill("08:00");
        page.locator("#business-businessHours-end").fill("16:00");
        page.locator("#business-day-7").uncheck();
        page.locator("#business-holiday").fill("2026-12-25");
        page.locator("#business-add-holiday").click();
        page.locator("#setting-assignOnReply").uncheck();
        page.locator("#setting-autoAssign").check();
        page.locator("#setting-assignmentStrategy").selectOption("least_loaded");
        page.locator("#save-business").click();

        assertThat(page.locator(".toast")).containsText("Pengaturan usaha disimpan");
        page.locator("#business-title").scrollIntoViewIfNeeded();
        Chromium.screenshot(page, "settings");
        JsonNode tenant = api.get("/api/tenant").token(owner.token()).send().json();
        assertThat(tenant.get("name").asString()).isEqualTo("Toko Pengaturan Makassar");
        assertThat(tenant.get("timezone").asString()).isEqualTo("Asia/Makassar");
        assertThat(tenant.get("businessHours").get("start").asString()).isEqualTo("08:00");
        assertThat(tenant.get("businessHours").get("end").asString()).isEqualTo("16:00");
        assertThat(tenant.get("businessHours").get("days").toString()).isEqualTo("[1,2,3,4,5,6]");
        assertThat(tenant.get("businessHours").get("holidays").toString()).isEqualTo("[\"2026-12-25\"]");
        assertThat(tenant.get("settings").get("assignOnReply").asBoolean()).isFalse();
        assertThat(tenant.get("settings").get("autoAssign").asBoolean()).isTrue();
        assertThat(tenant.get("settings").get("autoReply").asBoolean()).isTrue();
        assertThat(tenant.get("settings").get("assignmentStrategy").asString()).isEqualTo("least_loaded");

        // The server's own checks still show under their fields.
        page.locator("#business-businessHours-start").fill("");
        page.locator("#save-business").click();
        assertThat(page.locator("[data-field='businessHours.start'] .field-error")).not().isEmpty();
    }

    @Test
    void anOperatorSeesTheirAccountButNotTheBusiness() {
        SignedIn owner = accounts.registerBusiness("Toko Operator");
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        Page page = settings(operator);

        assertThat(page.locator(".settings-account")).containsText(operator.email());
        assertThat(page.locator("#business-settings")).hasCount(0);
        assertThat(page.locator("#setting-sound")).isChecked();

        page.locator("#my-name").fill("Rina Wijaya");
        page.locator("#save-name").click();
        assertThat(page.locator(".toast")).containsText("Nama disimpan");
        assertThat(api.get("/api/auth/me").token(operator.token()).send().json().get("user").get("name").asString())
                .isEqualTo("Rina Wijaya");
        // On a phone the screen fits its width.
        Page phone = chromium.open(PHONE).newPage();
        phone.navigate(url("login"));
        phone.getByLabel("E-mail").fill(operator.email());
        phone.getByLabel("Kata sandi").fill(TestAccounts.PASSWORD);
        phone.locator("button[type=submit]").click();
        assertThat(phone.locator(".conversations")).isAttached();
        phone.navigate(url("settings"));
        assertThat(phone.locator("#account-title")).isVisible();
        assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
        phone.context().close();
    }

    @Test
    void changingThePasswordKeepsThisDeviceAndSignsOutTheOthersAndSigningOutEverywhereEndsThisOneToo() {
        SignedIn owner = accounts.registerBusiness("Toko Sandi Baru");
        Page page = settings(owner);

        page.locator("#current-password").fill("bukan-sandinya");
        page.locator("#new-password").fill("sandi-baru-sekali");
        page.locator("#change-password").click();
        assertThat(page.locator("[data-field='currentPassword'] .field-error")).hasText("bukan kata sandi Anda saat ini");

        page.locator("#current-password").fill(TestAccounts.PASSWORD);
        page.locator("#new-password").fill("sandi-baru-sekali");
        page.locator("#change-password").click();
        assertThat(page.locator(".toast")).containsText("Kata sandi diganti");
        assertThat(api.get("/api/auth/me").token(owner.token()).send().status()).isEqualTo(401);
        // This device carries on.
        page.locator(".nav a[href='#/inbox']").click();
        assertThat(page.locator(".conversations")).isAttached();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile("#/login"));

        page.locator(".nav a[href='#/settings']").click();
        page.onDialog(dialog -> dialog.accept());
        page.locator("#logout-all").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("#/login"));
        assertThat(api.post("/api/auth/login", Map.of("email", owner.email(), "password", "sandi-baru-sekali")).send().status())
                .isEqualTo(200);
    }

    @Test
    void anOwnerHandsAResetLinkAndTheMemberChoosesANewPasswordThroughIt() {
        SignedIn owner = accounts.registerBusiness("Toko Lupa Sandi");
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/team']").click();
        Locator member = page.locator(".operator[data-id='" + operator.userId() + "']");
        member.locator("summary").click();
        member.locator("#reset-" + operator.userId()).click();
        String link = page.locator("#reset-link").inputValue();
        assertThat(link).contains("/reset-password?token=");

        // The link names the web app's address (FRONTEND_URL); here the server itself serves it.
        Page theirs = chromium.open(DESKTOP).newPage();
        theirs.navigate(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
        assertThat(theirs.locator("#auth-title")).hasText("Buat kata sandi baru");
        theirs.locator("#reset-password").fill("sandi-pilihan-sendiri");
        theirs.locator("#save-password").click();
        assertThat(theirs.locator(".conversations")).isAttached();

        assertThat(api.post("/api/auth/login", Map.of("email", operator.email(), "password", TestAccounts.PASSWORD)).send()
                .status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me").token(operator.token()).send().status()).isEqualTo(401);
        theirs.context().close();
    }
}
