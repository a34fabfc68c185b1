package id.sapa.operator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.operator.OperatorEvent.OperatorCapacityChanged;
import id.sapa.operator.OperatorEvent.OperatorRemoved;
import id.sapa.operator.OperatorEvent.OperatorStatusChanged;
import id.sapa.shared.Actor;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** The operator module's API: the users of a tenant. */
@Service
public class Operators {

    /** A user's name in texts such as "User 12 not found". */
    public static final Text USER = new Text("Pengguna", "User");

    private final OperatorRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Operators(OperatorRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a user; the e-mail must not be used by anyone, in any tenant (it is the sign-in name). */
    @Transactional
    public Operator create(TenantId tenantId, NewOperator operator) {
        return create(tenantId, operator, null);
    }

    @Transactional
    Operator create(TenantId tenantId, NewOperator operator, TeamMember settings) {
        String email = normaliseEmail(operator.email());
        if (repository.emailExists(email)) {
            throw emailTaken();
        }
        UserId id = UserId.random();
        try {
            repository.insert(tenantId, id,
                    new NewOperator(operator.name().strip(), email, operator.role(), operator.passwordHash()), settings);
        } catch (DuplicateKeyException raced) {
            throw emailTaken();
        }
        return get(tenantId, id);
    }

    public Optional<Operator> find(TenantId tenantId, UserId id) {
        return repository.find(tenantId, id);
    }

    public Operator get(TenantId tenantId, UserId id) {
        return repository.find(tenantId, id).orElseThrow(() -> ProblemException.notFound(USER, id));
    }

    public List<Operator> list(TenantId tenantId) {
        return repository.list(tenantId);
    }

    /** The name the caller goes by in the team (their own to choose, whatever their role). */
    @Transactional
    public Operator renameSelf(Actor actor, String name) {
        if (name == null) {
            throw ProblemException.invalidField("name", FieldMessages.REQUIRED);
        }
        repository.update(actor.tenantId(), actor.userId(), new TeamMember(name, null, null, null, null, null), clock.instant());
        return get(actor.tenantId(), actor.userId());
    }

    /** The caller's own new password (already checked and hashed by sign-in's side); their other sessions end. */
    @Transactional
    public void changeOwnPassword(Actor actor, String passwordHash) {
        repository.setPassword(actor.tenantId(), actor.userId(), passwordHash, clock.instant());
    }

    /** Signs the caller out on every device: their access tokens issued until now stop working. */
    @Transactional
    public void endOwnSessions(Actor actor) {
        repository.endSessions(actor.tenantId(), actor.userId(), clock.instant());
    }

    public Optional<Credentials> credentials(String email) {
        return repository.credentials(normaliseEmail(email));
    }

    /**
     * Changes a team member's name, role, capacity, working hours or permission flags. Owners are
     * the owners' to change, and a business always keeps one owner.
     */
    @Transactional
    public Operator update(Actor actor, UserId id, TeamMember changes) {
        Operator target = get(actor.tenantId(), id);
        TeamPolicy.checkMayManage(actor, target, changes.role(), changes.permissions());
        if (target.role() == Role.OWNER && changes.role() != null && changes.role() != Role.OWNER) {
            checkNotLastOwner(actor.tenantId(), id, new Text("diturunkan perannya", "demoted"));
        }
        repository.update(actor.tenantId(), id, changes, clock.instant());
        Operator updated = get(actor.tenantId(), id);
        if (updated.maxConcurrentChats() > target.maxConcurrentChats()) {
            events.publishEvent(new OperatorCapacityChanged(actor.tenantId(), id));
        }
        return updated;
    }

    /** Removes a team member; their conversations become unassigned. The last owner stays. */
    @Transactional
    public void remove(Actor actor, UserId id) {
        Operator target = get(actor.tenantId(), id);
        TeamPolicy.checkMayManage(actor, target, null, null);
        if (target.role() == Role.OWNER) {
            checkNotLastOwner(actor.tenantId(), id, new Text("dihapus", "removed"));
        }
        repository.delete(actor.tenantId(), id);
        events.publishEvent(new OperatorRemoved(actor.tenantId(), id));
    }

    /** Sets a user's presence by hand; the team is told when it changed. */
    @Transactional
    public Operator changeStatus(TenantId tenantId, UserId id, OperatorStatus status) {
        Instant now = clock.instant();
        OperatorStatus before = repository.changeStatus(tenantId, id, status, false, now)
                .orElseThrow(() -> ProblemException.notFound(USER, id));
        Operator changed = get(tenantId, id);
        announce(before, changed);
        return changed;
    }

    /** Tells the team about a status change, and the assignment that someone is free to take chats. */
    void announce(OperatorStatus before, Operator after) {
        if (before != after.status()) {
            events.publishEvent(new OperatorStatusChanged(after.tenantId(), after.id(), after.status(), after.lastSeenAt()));
        }
    }

    private void checkNotLastOwner(TenantId tenantId, UserId id, Text what) {
        List<UserId> owners = repository.lockOwners(tenantId);
        if (owners.size() == 1 && owners.contains(id)) {
            throw ProblemException.conflict(new Text(
                    "Pemilik terakhir usaha ini tidak dapat " + what.indonesian() + "; jadikan orang lain pemilik dulu",
                    "The business's last owner cannot be " + what.english() + "; make someone else an owner first"));
        }
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static ProblemException emailTaken() {
        return ProblemException.conflict(new Text("Alamat email ini sudah terdaftar", "This e-mail address is already registered"))
                .with("field", "email");
    }
}
