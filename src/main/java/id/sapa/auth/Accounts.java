package id.sapa.auth;

import java.util.Optional;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.auth.AccessTokens.IssuedToken;
import id.sapa.operator.Credentials;
import id.sapa.operator.Invitations;
import id.sapa.operator.NewOperator;
import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Role;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;

/** Sign-up and sign-in: the auth module's API. */
@Service
public class Accounts {

    private static final Text BAD_CREDENTIALS = new Text("Alamat email atau kata sandi salah", "The e-mail address or password is incorrect");

    private final Tenants tenants;
    private final Operators operators;
    private final Invitations invitations;
    private final PasswordEncoder passwords;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;
    private final AuthSettings settings;
    private final TransactionTemplate transaction;
    private final ActorAuthentication actors;
    /** Checked against when the e-mail is unknown, so both failures take as long. */
    private final String decoyHash;

    Accounts(Tenants tenants, Operators operators, Invitations invitations, PasswordEncoder passwords, AccessTokens tokens,
            LoginThrottle throttle, AuthSettings settings, TransactionTemplate transaction, ActorAuthentication actors) {
        this.tenants = tenants;
        this.operators = operators;
        this.invitations = invitations;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.settings = settings;
        this.transaction = transaction;
        this.actors = actors;
        this.decoyHash = passwords.encode("decoy-password-for-unknown-accounts");
    }

    /** Creates a business and its owner, and signs the owner in. */
    public Session register(Registration registration) {
        if (!settings.signupEnabled()) {
            throw new ProblemException(ProblemType.SIGNUP_DISABLED,
                    new Text("Pendaftaran ditutup di server Sapa ini", "Sign-up is turned off on this Sapa server"));
        }
        return createBusiness(registration);
    }

    /** Creates a business and its owner whatever the sign-up setting (the first-run demo uses it). */
    Session createBusiness(Registration registration) {
        // Hash outside the transaction: it is deliberately slow and needs no connection.
        String hash = passwords.encode(registration.password());
        return transaction.execute(status -> {
            Tenant tenant = tenants.create(registration.businessName());
            Operator owner = operators.create(tenant.id(),
                    new NewOperator(registration.name(), registration.email(), Role.OWNER, hash));
            return Session.of(tokens.issue(owner), owner, tenant);
        });
    }

    /** Sets the password of an invited member and signs them in. */
    public Session acceptInvitation(String token, String password) {
        // Hash outside the transaction: it is deliberately slow and needs no connection.
        String hash = passwords.encode(password);
        Operator user = invitations.accept(token, hash);
        return Session.of(tokens.issue(user), user, tenants.get(user.tenantId()));
    }

    public Session login(String email, String password, String clientIp) {
        String normalised = Operators.normaliseEmail(email);
        throttle.checkAllowed(normalised, clientIp);
        Credentials credentials = operators.credentials(normalised).orElse(null);
        String hash = credentials == null || credentials.passwordHash() == null ? decoyHash : credentials.passwordHash();
        boolean matches = passwords.matches(password, hash);
        if (credentials == null || credentials.passwordHash() == null || !matches) {
            throttle.recordFailure(normalised, clientIp);
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, BAD_CREDENTIALS);
        }
        throttle.recordSuccess(normalised);
        Operator user = operators.get(credentials.tenantId(), credentials.userId());
        Tenant tenant = tenants.get(credentials.tenantId());
        return Session.of(tokens.issue(user), user, tenant);
    }

    /**
     * The user a raw access token stands for, for callers outside HTTP (the Socket.IO handshake):
     * empty when the token is missing, forged, expired or names a removed user.
     */
    public Optional<Actor> authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(actors.actorOf(tokens.decoder().decode(accessToken)));
        } catch (JwtException | AuthenticationException e) {
            return Optional.empty();
        }
    }

    public void renameSelf(Actor actor, String name) {
        operators.renameSelf(actor, name);
    }

    /** The caller as the server sees them now. */
    public Profile me(Actor actor) {
        return new Profile(operators.get(actor.tenantId(), actor.userId()), tenants.get(actor.tenantId()));
    }

    public record Registration(String businessName, String name, String email, String password) {
        @Override
        public String toString() {
            return "Registration[" + businessName + ", " + email + "]";
        }
    }

    /** A signed-in user with a fresh access token. */
    public record Session(String accessToken, long expiresIn, Operator user, Tenant tenant) {

        static Session of(IssuedToken token, Operator user, Tenant tenant) {
            return new Session(token.value(), token.expiresInSeconds(), user, tenant);
        }

        @Override
        public String toString() {
            return "Session[" + user.id() + ", tenant " + tenant.id() + "]";
        }
    }

    public record Profile(Operator user, Tenant tenant) {
    }
}
