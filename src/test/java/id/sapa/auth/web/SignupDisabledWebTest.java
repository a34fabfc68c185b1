package id.sapa.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.sapa.support.Api;
import id.sapa.support.TestAccounts;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sapa.auth.signup-enabled=false")
@ActiveProfiles("test")
class SignupDisabledWebTest {

    @LocalServerPort
    int port;

    @Test
    void registrationIsRefusedWhenSignupIsOff() {
        Api.Reply reply = new Api(port).post("/api/auth/register", Map.of("businessName", "Toko", "name", "Budi",
                "email", TestAccounts.uniqueEmail("closed"), "password", "rahasia-sekali")).send();

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("type").asString()).endsWith("/signup-disabled");
    }
}
