package id.sapa.operator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.operator.SingleUseLinks.Pending;
import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import id.sapa.shared.UserId;

/**
 * A forgotten password without an e-mail server: an owner or admin hands the member a single-use
 * link that works for a day; choosing the new password through it signs every earlier session out.
 */
@Service
public class PasswordResets {

    static final Duration LIFETIME = Duration.ofHours(24);

    private final Operators operators;
    private final SingleUseLinks links;
    private final OperatorRepository users;
    private final OperatorSettings settings;
    private final Clock clock;

    PasswordResets(Operators operators, JdbcClient jdbc, OperatorRepository users, OperatorSettings settings, Clock clock) {
        this.operators = operators;
        this.links = SingleUseLinks.passwordResets(jdbc);
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** A reset link as handed out: shown once, to the one who asked for it. */
    public record ResetLink(Operator member, String link, Instant expiresAt) {

        @Override
        public String toString() {
            return "ResetLink[" + member.id() + ", until " + expiresAt + "]";
        }
    }

    /** A new link for a member who has a password; earlier links stop working. The same rules as managing them. */
    @Transactional
    public ResetLink issue(Actor actor, UserId id) {
        Operator member = operators.get(actor.tenantId(), id);
        TeamPolicy.checkMayManage(actor, member, null, null);
        if (!member.activated()) {
            throw new ProblemException(ProblemType.CONFLICT, new Text(
                    member.name() + " belum menerima undangan; kirim ulang undangannya",
                    member.name() + " has not accepted the invitation yet; send the invitation again"));
        }
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        links.insert(OneTimeTokens.hash(token), actor.tenantId(), id, actor.userId(), now, expiresAt);
        return new ResetLink(member, settings.link("/reset-password", token), expiresAt);
    }

    /**
     * Sets the new password and ends every session the member had.
     *
     * @throws ProblemException 400 for a token never issued, 410 for one used, replaced or expired
     */
    @Transactional
    public Operator reset(String token, String passwordHash) {
        String hash = OneTimeTokens.hash(token);
        Pending reset = links.lock(hash)
                .orElseThrow(() -> ProblemException.invalidField("token",
                        new Text("bukan tautan atur ulang kata sandi yang sah", "is not a valid password reset link")));
        Instant now = clock.instant();
        if (reset.used() || !now.isBefore(reset.expiresAt())) {
            throw new ProblemException(ProblemType.GONE, new Text(
                    "Tautan ini sudah dipakai atau kedaluwarsa; minta tautan baru ke pemilik atau admin",
                    "This link has been used or has expired; ask an owner or admin for a new one"))
                    .with("field", "token");
        }
        links.markUsed(hash, now);
        users.setPassword(reset.tenantId(), reset.userId(), passwordHash, now);
        return operators.get(reset.tenantId(), reset.userId());
    }
}
