package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.sapa.shared.Role;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * The web app's team features in a real Chromium: quick replies in the composer, internal notes,
 * invitations, presence. (The quick replies screen: QuickRepliesBrowserTest.)
 */
class TeamBrowserTest extends BrowserTestSupport {

    private BrowserContext colleague;

    @BeforeEach
    void colleaguesBrowser() {
        // A second profile: a colleague signed in on another computer.
        colleague = chromium.open(DESKTOP);
    }

    @AfterEach
    void closeColleaguesBrowser() {
        if (colleague != null) {
            colleague.close();
        }
    }

    private static Map<String, Object> quickReply(String shortcut, String message) {
        return Map.of("shortcut", shortcut, "title", shortcut.substring(1), "message", message);
    }

    @Test
    void aQuickReplyChosenWithSlashReachesThePhone() {
        SignedIn owner = accounts.registerBusiness("Toko Cepat");
        withoutStarters(owner);
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        api.post("/api/quick-replies", quickReply("/salam", "Halo kak {{name}}, selamat datang")).token(owner.token()).send();
        String ongkir = api.post("/api/quick-replies", quickReply("/ongkir", "Ongkir ke Bogor 15 ribu ya kak {{name}}"))
                .token(owner.token()).send().json().get("quickReply").get("id").asString();
        sandbox.customerSays("081255556666", "Sari", "ongkirnya berapa?");
        Page page = signIn(context, owner);
        page.locator(".conversations li a").first().click();
        assertThat(page.locator(".bubble.in")).containsText("ongkirnya");

        Locator composer = page.locator("#composer");
        Locator options = page.locator("#quick-replies [role=option]");
        composer.pressSequentially("/");
        assertThat(options).hasCount(2);
        assertThat(composer).hasAttribute("aria-expanded", "true");
        assertThat(options.nth(0)).hasAttribute("aria-selected", "true");
        composer.press("ArrowDown");
        assertThat(options.nth(1)).hasAttribute("aria-selected", "true");
        assertThat(composer).hasAttribute("aria-activedescendant", options.nth(1).getAttribute("id"));
        composer.press("Escape");
        assertThat(page.locator("#quick-replies")).isHidden();

        // Tab puts the text in the composer to be edited first.
        composer.fill("");
        composer.pressSequentially("/sal");
        assertThat(options).hasCount(1);
        composer.press("Tab");
        assertThat(composer).hasValue("Halo kak Sari, selamat datang");

        // Enter sends the quick reply as it is, by its id.
        composer.fill("");
        composer.pressSequentially("/ong");
        assertThat(options).hasCount(1);
        assertThat(options.first()).containsText("/ongkir");
        Chromium.screenshot(page, "quick-reply-picker");
        composer.press("Enter");
        Locator sent = page.locator(".bubble.out").filter(new Locator.FilterOptions().setHasText("Ongkir ke Bogor"));
        assertThat(sent).containsText("ya kak Sari");
        assertThat(composer).hasValue("");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sandbox.outbox("081255556666").toString())
                .contains("Ongkir ke Bogor 15 ribu ya kak Sari"));
        JsonNode used = api.get("/api/quick-replies/" + ongkir).token(owner.token()).send().json();
        assertThat(used.get("useCount").asInt()).isEqualTo(1);
    }

    @Test
    void aNoteAppearsLiveInAColleaguesTimelineAndNeverReachesThePhone() {
        SignedIn owner = accounts.registerBusiness("Toko Catatan");
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081277778888", "Yanti", "Tolong kirim besok pagi ya");

        Page mine = signIn(context, owner);
        mine.locator(".conversations li a").first().click();
        assertThat(mine.locator(".bubble.in")).containsText("Tolong kirim besok pagi");
        assertThat(mine.locator(".bubble.note")).hasCount(0);
        Page theirs = signIn(colleague, supervisor);
        theirs.locator(".conversations li a").first().click();
        assertThat(theirs.locator(".bubble.in")).containsText("Tolong kirim besok pagi");

        mine.locator("#mode-note").click();
        assertThat(mine.locator("#composer")).isHidden();
        mine.locator("#note-composer").fill("Pelanggan minta kirim besok pagi");
        mine.locator("#add-note").click();
        assertThat(mine.locator(".bubble.note")).containsText("Pelanggan minta kirim besok pagi");
        assertThat(mine.locator("#note-composer")).hasValue("");

        // No reload: the colleague's timeline hears internal-note-added, the note after the customer's message.
        Locator note = theirs.locator(".bubble.note");
        assertThat(note).hasCount(1);
        assertThat(note).containsText("Pelanggan minta kirim besok pagi");
        assertThat(note.locator(".note-label")).containsText("Catatan internal");
        assertThat(note.locator(".note-label")).containsText(owner.auth().get("user").get("name").asString());
        assertThat(theirs.locator(".messages > li").last()).hasClass(java.util.regex.Pattern.compile("note"));
        Chromium.screenshot(theirs, "notes");

        // A reply right after it does reach the phone, and the note never does.
        mine.locator("#mode-reply").click();
        mine.locator("#composer").fill("Siap kak");
        mine.locator("#composer").press("Enter");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sandbox.outbox("081277778888").toString())
                .contains("Siap kak"));
        assertThat(sandbox.outbox("081277778888").toString()).doesNotContain("besok pagi");
        // Opened again, the timeline holds both, in time order.
        mine.reload();
        assertThat(mine.locator(".messages > li.note")).hasCount(1);
        assertThat(mine.locator(".messages > li").last()).containsText("Siap kak");
    }

    @Test
    void aColleagueNamedWithAtIsToldLiveAndFindsTheChatUnderMentions() {
        SignedIn owner = accounts.registerBusiness("Toko Sebut");
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081277779999", "Zaki", "Bisa kirim ke Bekasi hari ini?");
        sandbox.customerSays("081277779998", "Wulan", "Halo");
        Page theirs = signIn(colleague, supervisor);
        theirs.locator(".nav a[href='#/team']").click();
        assertThat(theirs.locator(".operators li")).hasCount(2);
        awaitSocketOf(supervisor);

        Page mine = signIn(context, owner);
        mine.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("Zaki")).locator("a").click();
        mine.locator("#mode-note").click();
        Locator note = mine.locator("#note-composer");
        note.pressSequentially("Tolong cek kurir @A su");
        assertThat(mine.locator("#mention-list")).isVisible();
        assertThat(mine.locator("#mention-list li")).hasCount(1);
        assertThat(mine.locator("#mention-list li")).containsText("A supervisor");
        note.press("Enter");
        assertThat(note).hasValue("Tolong cek kurir @A supervisor ");
        note.pressSequentially("ya");
        note.press("Enter");
        assertThat(mine.locator(".bubble.note .mention")).hasText("@A supervisor");

        // Told on the screen they are on, with a link to the chat; the chat is under their Mentions.
        Locator told = theirs.locator(".toast").filter(new Locator.FilterOptions().setHasText("menyebut Anda"));
        assertThat(told).containsText("Tolong cek kurir");
        told.locator("a").click();
        assertThat(theirs.locator(".chat-title")).hasText("Zaki");
        theirs.locator(".tab[data-assigned='mentions']").click();
        assertThat(theirs.locator(".conversations li")).hasCount(1);
        assertThat(theirs.locator(".conversations li")).containsText("Zaki");
    }

    @Test
    void anInvitedOperatorAcceptsSignsInAndShowsOnlineOnTheOwnersTeamScreen() {
        SignedIn owner = accounts.registerBusiness("Toko Tim");
        Page team = signIn(context, owner);
        team.locator(".nav a[href='#/team']").click();
        assertThat(team.locator(".operators li")).hasCount(1);

        String email = TestAccounts.uniqueEmail("dewi");
        team.locator("#invite-name").fill("Dewi Lestari");
        team.locator("#invite-email").fill(email);
        team.locator("#invite-role").selectOption("operator");
        team.locator("#invite-capacity").fill("5");
        team.locator("#send-invite").click();
        Locator link = team.locator("#invite-link");
        assertThat(link).hasValue(Pattern.compile("/accept-invite\\?token=.+"));
        Locator dewi = team.locator(".operators li").filter(new Locator.FilterOptions().setHasText("Dewi Lestari"));
        assertThat(dewi).containsText("Undangan belum diterima");
        assertThat(dewi).containsText("0 dari 5 chat");
        Chromium.screenshot(team, "team-invite");

        // The link, opened in another browser: choose a password and be signed in.
        // The link points at FRONTEND_URL; here the Sapa server itself serves the web app.
        URI invitation = URI.create(link.inputValue());
        Page invited = colleague.newPage();
        invited.navigate("http://localhost:" + port + invitation.getRawPath() + "?" + invitation.getRawQuery());
        assertThat(invited).hasURL(Pattern.compile("#/invite\\?token="));
        invited.locator("#invite-password").fill("pendek");
        invited.locator("#accept-invite").click();
        assertThat(invited.locator(".field[data-field=password] .field-error")).isVisible();
        invited.locator("#invite-password").fill("kata-sandi-dewi");
        invited.locator("#accept-invite").click();
        assertThat(invited.locator(".conversations")).isAttached();
        assertThat(invited.locator(".who")).hasText("Dewi Lestari");

        // Her socket made her online; the owner's screen shows it without a reload.
        assertThat(dewi.locator(".presence")).hasAttribute("data-status", "online");
        invited.locator(".nav a[href='#/team']").click();
        invited.locator("#my-status").selectOption("busy");
        assertThat(dewi.locator(".presence")).hasAttribute("data-status", "busy");
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", "kata-sandi-dewi")).send().status())
                .isEqualTo(200);

        // The owner changes her capacity and role.
        dewi.locator("summary").click();
        dewi.locator("select[name=role]").selectOption("supervisor");
        dewi.locator("input[name=maxConcurrentChats]").fill("8");
        dewi.locator(".operator-edit button[type=submit]").click();
        assertThat(dewi).containsText("0 dari 8 chat");
        assertThat(dewi).containsText("Supervisor");
        Chromium.screenshot(team, "team");
    }

    @Test
    void theInvitationFormStartsAtOperatorEveryTimeSoAnUnchangedSecondInvitationMakesAnOperator() {
        SignedIn owner = accounts.registerBusiness("Toko Dua Undangan");
        Page team = signIn(context, owner);
        team.locator(".nav a[href='#/team']").click();
        assertThat(team.locator(".operators li")).hasCount(1);
        Locator role = team.locator("#invite-role");
        Locator capacity = team.locator("#invite-capacity");
        assertThat(role).hasValue("operator");
        assertThat(capacity).hasValue("10");

        String first = TestAccounts.uniqueEmail("rina");
        team.locator("#invite-name").fill("Rina");
        team.locator("#invite-email").fill(first);
        team.locator("#send-invite").click();
        assertThat(team.locator(".operators li")).hasCount(2);

        // The form is empty again, with the role and capacity it started with.
        assertThat(team.locator("#invite-name")).hasValue("");
        assertThat(role).hasValue("operator");
        assertThat(role.locator("option:checked")).hasText("Operator");
        assertThat(capacity).hasValue("10");

        String second = TestAccounts.uniqueEmail("rudi");
        team.locator("#invite-name").fill("Rudi");
        team.locator("#invite-email").fill(second);
        team.locator("#send-invite").click();
        assertThat(team.locator(".operators li")).hasCount(3);

        JsonNode operators = api.get("/api/cs-operators").token(owner.token()).send().json().get("operators");
        for (String email : new String[] {first, second}) {
            JsonNode member = member(operators, email);
            assertThat(member.get("role").asString()).as(email).isEqualTo("operator");
            assertThat(member.get("maxConcurrentChats").asInt()).as(email).isEqualTo(10);
        }
    }

    @Test
    void anAdminIsNotOfferedTheOwnerRoleAndIsToldWhyInTheAppsLanguage() {
        SignedIn owner = accounts.registerBusiness("Toko Admin");
        SignedIn admin = accounts.addUser(owner.tenantId(), Role.ADMIN);
        Page team = signIn(context, admin);
        team.locator(".nav a[href='#/team']").click();
        assertThat(team.locator(".operators li")).hasCount(2);

        assertThat(team.locator("#invite-role option")).hasText(new String[] {"Admin", "Supervisor", "Operator", "Pengamat"});
        assertThat(team.locator("#invite-role")).hasValue("operator");

        // Even a form altered in the page cannot make an owner: the server refuses, in the app's language
        // whatever the browser's own (Indonesian here), and nobody is added.
        Locator error = team.locator(".invite .form-error");
        assertThat(inviteAnOwnerThroughAnAlteredForm(team, "Calon Pemilik")).isEqualTo(403);
        assertThat(error).containsText("hanya pemilik yang dapat menjadikan seseorang pemilik");
        team.locator("#language").selectOption("en");
        assertThat(team.locator("#invite-role option")).hasText(new String[] {"Admin", "Supervisor", "Operator", "Viewer"});
        assertThat(inviteAnOwnerThroughAnAlteredForm(team, "Calon Pemilik")).isEqualTo(403);
        assertThat(error).containsText("only an owner may make someone an owner");
        assertThat(team.locator(".operators li")).hasCount(2);
        assertThat(api.get("/api/cs-operators").token(owner.token()).send().json().get("operators").size()).isEqualTo(2);
    }

    /** Adds the owner role to the invitation form the way a stale or tampered page could, and sends it. */
    private static int inviteAnOwnerThroughAnAlteredForm(Page page, String name) {
        page.evaluate("() => document.querySelector('#invite-role').append(new Option('owner', 'owner', true, true))");
        page.locator("#invite-name").fill(name);
        page.locator("#invite-email").fill(TestAccounts.uniqueEmail("calon"));
        Response answer = page.waitForResponse(response -> response.url().endsWith("/api/cs-operators")
                && "POST".equals(response.request().method()), () -> page.locator("#send-invite").click());
        return answer.status();
    }

    @Test
    void atPhoneWidthTheTeamScreenFits() {
        SignedIn owner = accounts.registerBusiness("Toko Kecil");
        context.close();
        context = chromium.open(PHONE);
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/team']").click();
        assertThat(page.locator(".operators li")).hasCount(1);
        assertThat(page.locator("#send-invite")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        Chromium.screenshot(page, "phone-team");
    }

    /** The first list gives a new business its starters; deleted, the test's own are the only ones. */
    private void withoutStarters(SignedIn owner) {
        for (JsonNode reply : api.get("/api/quick-replies?includeInactive=true").token(owner.token()).send().json()
                .get("quickReplies")) {
            api.delete("/api/quick-replies/" + reply.get("id").asString()).token(owner.token()).send();
        }
    }

    private static JsonNode member(JsonNode operators, String email) {
        for (JsonNode member : operators) {
            if (member.get("email").asString().equals(email)) {
                return member;
            }
        }
        throw new AssertionError(email + " is not in the team: " + operators);
    }
}
