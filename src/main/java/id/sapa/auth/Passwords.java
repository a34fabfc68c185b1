package id.sapa.auth;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import id.sapa.auth.Accounts.Session;
import id.sapa.operator.Credentials;
import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.operator.PasswordResets;
import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.tenant.Tenants;

/**
 * Changing a password and ending sessions: one's own password (knowing the current one), a new one
 * through a reset link an owner or admin issued, and signing out on every device. Each ends the
 * user's other sessions; the first two answer a fresh session for the device that asked.
 */
@Service
public class Passwords {

    private final Operators operators;
    private final PasswordResets resets;
    private final Tenants tenants;
    private final PasswordEncoder encoder;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;
    private final ActorAuthentication actors;

    Passwords(Operators operators, PasswordResets resets, Tenants tenants, PasswordEncoder encoder, AccessTokens tokens,
            LoginThrottle throttle, ActorAuthentication actors) {
        this.operators = operators;
        this.resets = resets;
        this.tenants = tenants;
        this.encoder = encoder;
        this.tokens = tokens;
        this.throttle = throttle;
        this.actors = actors;
    }

    /** Sets the password through a reset link and signs the member in on this device. */
    public Session reset(String token, String password) {
        // Hash outside the transaction: it is deliberately slow and needs no connection.
        Operator user = resets.reset(token, encoder.encode(password));
        actors.forget(user.id());
        return session(user);
    }

    /**
     * The caller's new password, given their current one (wrong guesses count as failed sign-ins, so
     * a stolen session cannot try passwords without limit). Other devices are signed out.
     */
    public Session change(Actor actor, String currentPassword, String newPassword, String clientIp) {
        Operator user = operators.get(actor.tenantId(), actor.userId());
        String email = Operators.normaliseEmail(user.email());
        throttle.checkAllowed(email, clientIp);
        String hash = operators.credentials(email).map(Credentials::passwordHash).orElse(null);
        if (hash == null || !encoder.matches(currentPassword, hash)) {
            throttle.recordFailure(email, clientIp);
            throw ProblemException.invalidField("currentPassword",
                    new Text("bukan kata sandi Anda saat ini", "is not your current password"));
        }
        throttle.recordSuccess(email);
        operators.changeOwnPassword(actor, encoder.encode(newPassword));
        actors.forget(actor.userId());
        return session(operators.get(actor.tenantId(), actor.userId()));
    }

    /** Signs the caller out on every device, this one too. */
    public void signOutEverywhere(Actor actor) {
        operators.endOwnSessions(actor);
        actors.forget(actor.userId());
    }

    private Session session(Operator user) {
        return Session.of(tokens.issue(user), user, tenants.get(user.tenantId()));
    }
}
