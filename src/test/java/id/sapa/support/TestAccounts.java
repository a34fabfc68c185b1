package id.sapa.support;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

import id.sapa.operator.NewOperator;
import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import tools.jackson.databind.JsonNode;

/** Creates businesses and users through the real API and modules, each with a unique e-mail. */
public final class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private final Api api;
    private final Operators operators;
    private final PasswordEncoder passwords;

    public TestAccounts(Api api, Operators operators, PasswordEncoder passwords) {
        this.api = api;
        this.operators = operators;
        this.passwords = passwords;
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** Registers a business over HTTP; answers the register response of its owner. */
    public SignedIn registerBusiness(String businessName) {
        String email = uniqueEmail("owner");
        Api.Reply reply = api.post("/api/auth/register", Map.of(
                "businessName", businessName, "name", "Owner of " + businessName, "email", email, "password", PASSWORD))
                .send();
        if (reply.status() != 201) {
            throw new AssertionError("register failed: " + reply);
        }
        return new SignedIn(reply.json(), email);
    }

    /** Adds a user with the given role to the tenant and signs them in over HTTP. */
    public SignedIn addUser(TenantId tenant, Role role) {
        String email = uniqueEmail(role.code());
        Operator user = operators.create(tenant, new NewOperator("A " + role.code(), email, role, passwords.encode(PASSWORD)));
        Api.Reply reply = api.post("/api/auth/login", Map.of("email", user.email(), "password", PASSWORD)).send();
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        return new SignedIn(reply.json(), email);
    }

    /** A user with a valid access token, as the auth endpoints answered. */
    public record SignedIn(JsonNode auth, String email) {

        public String token() {
            return auth.get("accessToken").asString();
        }

        public String userId() {
            return auth.get("user").get("id").asString();
        }

        public TenantId tenantId() {
            return TenantId.of(auth.get("tenant").get("id").asString());
        }
    }
}
