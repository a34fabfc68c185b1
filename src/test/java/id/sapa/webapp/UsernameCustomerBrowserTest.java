package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.sapa.conversation.InboxFixtures;
import id.sapa.support.TestAccounts.SignedIn;

/** A customer who hides their number behind a WhatsApp username is shown, found and opened by that username. */
class UsernameCustomerBrowserTest extends BrowserTestSupport {

    @Autowired
    InboxFixtures inbox;

    @Test
    void theInboxShowsAndFindsACustomerWithoutANumberByUsername() {
        SignedIn owner = accounts.registerBusiness("Toko Nama Pengguna");
        inbox.customerWritesByUsername(owner.tenantId(), "ID.1502576394655843", "sheena.nelson", "Stok masih ada?",
                Instant.now());
        inbox.customerWrites(owner.tenantId(), "081211110001", "Andi", "Halo", Instant.now().minusSeconds(60));

        Page page = signIn(context, owner);
        assertThat(page.locator(".conversations li")).hasCount(2);
        page.locator("#filter-search").fill("sheena");
        assertThat(page.locator(".conversations li")).hasCount(1);
        Locator row = page.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("@sheena.nelson"));
        assertThat(row).hasCount(1);

        row.locator("a").click();

        assertThat(page.locator(".chat-title")).hasText("@sheena.nelson");
        assertThat(page.locator(".bubble.in")).containsText("Stok masih ada?");
    }
}
