package id.sapa.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** The test profile trusts X-Forwarded-For, so each test plays a client address of its own. */
class LoginRateLimitWebTest extends WebTestSupport {

    @Test
    void repeatedFailuresForOneEmailAreRefusedEvenWithTheRightPassword() {
        SignedIn owner = accounts.registerBusiness("Toko Tebak");
        for (int i = 0; i < 5; i++) {
            assertThat(login(owner.email(), "wrong-" + i, "198.51.100." + i).status()).isEqualTo(401);
        }

        Api.Reply blocked = login(owner.email(), TestAccounts.PASSWORD, "198.51.100.99");

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.json().get("type").asString()).endsWith("/too-many-requests");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L);
    }

    @Test
    void repeatedFailuresFromOneAddressAreRefusedForEveryEmail() {
        String address = "203.0.113.7";
        for (int i = 0; i < 20; i++) {
            assertThat(login(TestAccounts.uniqueEmail("guess"), "wrong", address).status()).isEqualTo(401);
        }
        SignedIn owner = accounts.registerBusiness("Toko Alamat");

        assertThat(login(owner.email(), TestAccounts.PASSWORD, address).status()).isEqualTo(429);
        assertThat(login(owner.email(), TestAccounts.PASSWORD, "203.0.113.8").status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginForgivesEarlierTypos() {
        SignedIn owner = accounts.registerBusiness("Toko Lupa");
        for (int i = 0; i < 4; i++) {
            login(owner.email(), "typo", "192.0.2.10");
        }
        assertThat(login(owner.email(), TestAccounts.PASSWORD, "192.0.2.10").status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertThat(login(owner.email(), "typo", "192.0.2.10").status()).isEqualTo(401);
        }
    }

    private Api.Reply login(String email, String password, String clientAddress) {
        return api.post("/api/auth/login", Map.of("email", email, "password", password))
                .header("X-Forwarded-For", clientAddress).send();
    }
}
