package id.sapa.operator;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** The operator module's API: the users of a tenant. */
@Service
public class Operators {

    private final OperatorRepository repository;
    private final Clock clock;

    Operators(OperatorRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Adds a user; the e-mail must not be used by anyone, in any tenant (it is the sign-in name). */
    @Transactional
    public Operator create(TenantId tenantId, NewOperator operator) {
        String email = normaliseEmail(operator.email());
        if (repository.emailExists(email)) {
            throw emailTaken();
        }
        UserId id = UserId.random();
        try {
            repository.insert(tenantId, id, new NewOperator(operator.name().strip(), email, operator.role(), operator.passwordHash()));
        } catch (DuplicateKeyException raced) {
            throw emailTaken();
        }
        return get(tenantId, id);
    }

    public Optional<Operator> find(TenantId tenantId, UserId id) {
        return repository.find(tenantId, id);
    }

    public Operator get(TenantId tenantId, UserId id) {
        return repository.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    public List<Operator> list(TenantId tenantId) {
        return repository.list(tenantId);
    }

    public Optional<Credentials> credentials(String email) {
        return repository.credentials(normaliseEmail(email));
    }

    @Transactional
    public Operator changeStatus(TenantId tenantId, UserId id, OperatorStatus status) {
        if (!repository.updateStatus(tenantId, id, status, clock.instant())) {
            throw ProblemException.notFound("User", id);
        }
        return get(tenantId, id);
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static ProblemException emailTaken() {
        return ProblemException.conflict("This e-mail address is already registered").with("field", "email");
    }
}
