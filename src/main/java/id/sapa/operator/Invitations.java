package id.sapa.operator;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.operator.SingleUseLinks.Pending;
import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.Text;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Role;
import id.sapa.shared.UserId;

/**
 * Bringing people into the team: an owner or admin adds a member without a password and hands
 * them a single-use, expiring link; accepting it sets the password.
 */
@Service
public class Invitations {

    private final Operators operators;
    private final SingleUseLinks repository;
    private final OperatorRepository users;
    private final OperatorSettings settings;
    private final Clock clock;

    Invitations(Operators operators, JdbcClient jdbc, OperatorRepository users,
            OperatorSettings settings, Clock clock) {
        this.operators = operators;
        this.repository = SingleUseLinks.invitations(jdbc);
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Adds the member (they cannot sign in yet) and answers their invitation link. Without a role the
     * member is an operator: an owner is only ever made by an owner asking for one.
     */
    @Transactional
    public Invitation invite(Actor actor, TeamMember member) {
        if (member.name() == null || member.email() == null) {
            throw ProblemException.invalidField(member.name() == null ? "name" : "email", FieldMessages.REQUIRED);
        }
        Role role = member.role() == null ? Role.OPERATOR : member.role();
        TeamPolicy.checkMayManage(actor, null, role, member.permissions());
        Operator operator = operators.create(actor.tenantId(), new NewOperator(member.name(), member.email(), role, null),
                member);
        return issue(actor, operator);
    }

    /** A fresh link for a member who has not accepted yet; earlier links stop working. */
    @Transactional
    public Invitation reinvite(Actor actor, UserId id) {
        Operator operator = operators.get(actor.tenantId(), id);
        TeamPolicy.checkMayManage(actor, operator, null, null);
        if (operator.activated()) {
            throw ProblemException.conflict(new Text(operator.name() + " sudah menerima undangannya",
                    operator.name() + " has already accepted the invitation"));
        }
        return issue(actor, operator);
    }

    /**
     * Sets the invited member's password.
     *
     * @throws ProblemException 400 for a token that was never issued, 410 for one already used,
     *                          replaced or expired
     */
    @Transactional
    public Operator accept(String token, String passwordHash) {
        String hash = OneTimeTokens.hash(token);
        Pending invitation = repository.lock(hash)
                .orElseThrow(() -> ProblemException.invalidField("token",
                        new Text("bukan undangan yang sah", "is not a valid invitation")));
        Instant now = clock.instant();
        if (invitation.used()) {
            throw new ProblemException(ProblemType.GONE, new Text(
                    "Undangan ini sudah dipakai; silakan masuk, atau minta undangan baru",
                    "This invitation has already been used; sign in instead, or ask for a new invitation"))
                    .with("field", "token");
        }
        if (!now.isBefore(invitation.expiresAt())) {
            throw new ProblemException(ProblemType.GONE, new Text("Undangan ini sudah kedaluwarsa; minta undangan baru",
                    "This invitation has expired; ask for a new one"))
                    .with("field", "token");
        }
        repository.markUsed(hash, now);
        if (!users.choosePassword(invitation.tenantId(), invitation.userId(), passwordHash, now)) {
            throw new ProblemException(ProblemType.GONE, new Text("Akun ini sudah punya kata sandi; silakan masuk",
                    "This account already has a password; sign in instead"));
        }
        return operators.get(invitation.tenantId(), invitation.userId());
    }

    private Invitation issue(Actor actor, Operator operator) {
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.invitationLifetime());
        repository.insert(OneTimeTokens.hash(token), actor.tenantId(), operator.id(), actor.userId(), now, expiresAt);
        return new Invitation(operator, settings.inviteLink(token), expiresAt);
    }
}
