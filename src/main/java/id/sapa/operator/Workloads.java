package id.sapa.operator;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.shared.Permission;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * Who is free to take a conversation now: signed-up, online, in a role that answers chats and under
 * their {@code maxConcurrentChats}. A claim locks the member's row until the caller's transaction
 * commits, so two hand-outs at once never both take someone's last free place; the caller assigns the
 * conversation in that same transaction, and the workload it adds is counted before the lock is let go
 * (see {@code operator_workload_changed} in this module's migrations).
 */
@Service
public class Workloads {

    /** The roles that answer chats; a flag cannot change that, so the role says it. */
    private static final List<String> ANSWERING_ROLES = Arrays.stream(Role.values())
            .filter(role -> role.can(Permission.WORK_CHATS)).map(Role::code).toList();

    private final WorkloadRepository repository;

    Workloads(WorkloadRepository repository) {
        this.repository = repository;
    }

    /**
     * The free member the strategy picks, locked until commit. A member whose row a concurrent
     * change held is re-checked by PostgreSQL after the wait and may drop out of the answer; asking
     * once more sees the committed state.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UserId> claimFree(TenantId tenantId, AssignmentStrategy strategy) {
        Optional<UserId> free = repository.nextFree(tenantId, strategy, ANSWERING_ROLES);
        return free.isPresent() ? free : repository.nextFree(tenantId, strategy, ANSWERING_ROLES);
    }

    /** The given member, locked until commit, if they are free now; empty when not. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UserId> claimIfFree(TenantId tenantId, UserId member) {
        return repository.lockIfFree(tenantId, member, ANSWERING_ROLES);
    }

    /** Counts a hand-out to the member for round-robin order. */
    public void recordHandOut(TenantId tenantId, UserId member, Instant at) {
        repository.touchLastAssigned(tenantId, member, at);
    }
}
