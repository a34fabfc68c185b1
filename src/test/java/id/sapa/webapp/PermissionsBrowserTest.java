package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.sapa.shared.Role;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/** The screens show each member what their permissions let them do, and unlinking the number asks first. */
class PermissionsBrowserTest extends BrowserTestSupport {

    @Test
    void anOperatorSeesTheNumbersStatusButNeitherItsControlsNorTheNoticeScreen() {
        SignedIn owner = accounts.registerBusiness("Toko Peran");
        new Sandbox(api, owner.token()).connect();
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);

        Page page = signIn(context, operator);
        assertThat(page.locator(".nav a[href='#/inbox']")).isVisible();
        assertThat(page.locator(".nav a[href='#/notifications']")).hasCount(0);
        page.navigate(url("whatsapp"));

        assertThat(page.locator("#connection-status")).hasAttribute("data-status", "connected");
        assertThat(page.locator("#managed-by")).hasText("Hanya pemilik dan admin yang dapat menyambungkan atau memutuskan nomor ini.");
        assertThat(page.locator("#disconnect")).hasCount(0);
        assertThat(page.locator("#connect")).hasCount(0);
    }

    @Test
    void aViewerReadsAConversationWithoutAComposerOrAnAssigneeChoice() {
        SignedIn owner = accounts.registerBusiness("Toko Lihat");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081234500011", "Rina", "halo, stok masih ada?");
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);

        Page page = signIn(context, viewer);
        page.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("Rina")).locator("a").click();

        assertThat(page.locator(".bubble.in")).containsText("stok masih ada");
        assertThat(page.locator("#read-only")).isVisible();
        assertThat(page.locator("#composer")).isHidden();
        assertThat(page.locator("select#panel-assignee")).hasCount(0);
        assertThat(page.locator("#take")).hasCount(0);
    }

    @Test
    void disconnectingTheNumberAsksFirstAndACancelKeepsItLinked() {
        SignedIn owner = accounts.registerBusiness("Toko Putus");
        new Sandbox(api, owner.token()).connect();
        Page page = signIn(context, owner);
        assertThat(page.locator(".nav a[href='#/notifications']")).isVisible();
        page.navigate(url("whatsapp"));
        assertThat(page.locator("#connection-status")).hasAttribute("data-status", "connected");
        assertThat(page.locator("#managed-by")).hasCount(0);

        AtomicReference<String> asked = new AtomicReference<>();
        page.onceDialog(dialog -> {
            asked.set(dialog.message());
            dialog.dismiss();
        });
        page.locator("#disconnect").click();
        assertThat(page.locator("#disconnect")).isVisible();
        assertThat(asked.get()).startsWith("Putuskan nomor WhatsApp bisnis ini?");
        assertThat(api.get("/api/whatsapp/status").token(owner.token()).send().json().get("status").asString())
                .isEqualTo("connected");

        page.onceDialog(dialog -> dialog.accept());
        page.locator("#disconnect").click();
        assertThat(page.locator("#connection-status")).hasAttribute("data-status", "logout");
        assertThat(page.locator("#connect")).isVisible();
    }
}
