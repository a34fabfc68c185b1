package id.sapa.auth;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import id.sapa.auth.Accounts.Registration;
import id.sapa.shared.db.DatabaseSettings;
import id.sapa.tenant.Tenants;

/**
 * Greets whoever started Sapa: prints where the app and the API docs are, and on the very first
 * start of the embedded default (no tenant yet) creates the "Toko Demo" business and prints its
 * login once. Never with an external database: that is a production install.
 */
@Component
class FirstRun {

    static final String DEMO_EMAIL = "demo@sapa.local";
    private static final Logger log = LoggerFactory.getLogger(FirstRun.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Accounts accounts;
    private final Tenants tenants;
    private final AuthSettings settings;
    private final DatabaseSettings database;
    private final Environment environment;

    FirstRun(Accounts accounts, Tenants tenants, AuthSettings settings, DatabaseSettings database, Environment environment) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.settings = settings;
        this.database = database;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void greet() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8000"));
        String url = "http://localhost:" + port;
        StringBuilder banner = new StringBuilder("\n\n  Sapa is ready\n")
                .append("  App:      ").append(url).append('\n')
                .append("  API docs: ").append(url).append("/swagger-ui.html\n")
                .append("  Health:   ").append(url).append("/actuator/health\n");
        String demoPassword = createDemoTenantIfFirstRun();
        if (demoPassword != null) {
            banner.append("\n  Demo business \"Toko Demo\" created. Sign in with (shown only this once):\n")
                    .append("    e-mail:   ").append(DEMO_EMAIL).append('\n')
                    .append("    password: ").append(demoPassword).append('\n');
        }
        log.info("{}", banner);
    }

    private String createDemoTenantIfFirstRun() {
        if (!settings.demoEnabled() || !database.embedded() || tenants.any()) {
            return null;
        }
        String password = randomPassword();
        accounts.createBusiness(new Registration("Toko Demo", "Pemilik Toko Demo", DEMO_EMAIL, password));
        return password;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
