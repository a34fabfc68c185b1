package id.sapa.operator;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * Who is at work, from their open Socket.IO connections. Each server reports its connected users
 * every {@link OperatorSettings#presenceCheck()}; a user shown present whom no server has reported
 * for {@link OperatorSettings#presenceTimeout()} is set offline. Working from "last seen" rather
 * than from disconnects keeps it right with several servers, after a crash, and through a
 * reconnecting browser tab.
 */
@Service
public class Presence {

    private final OperatorRepository repository;
    private final Operators operators;
    private final OperatorSettings settings;
    private final Clock clock;

    Presence(OperatorRepository repository, Operators operators, OperatorSettings settings, Clock clock) {
        this.repository = repository;
        this.operators = operators;
        this.settings = settings;
        this.clock = clock;
    }

    /** A user opened a connection: offline becomes online; away and busy stay as chosen. */
    @Transactional
    public void connected(TenantId tenantId, UserId userId) {
        repository.changeStatus(tenantId, userId, OperatorStatus.ONLINE, true, clock.instant())
                .ifPresent(before -> operators.announce(before, operators.get(tenantId, userId)));
    }

    /** This server's connected users are still there; everyone else unseen too long goes offline. */
    @Transactional
    public void check(Collection<UserId> connected) {
        Instant now = clock.instant();
        repository.touch(List.copyOf(connected), now);
        for (Operator absent : repository.expireAbsent(now.minus(settings.presenceTimeout()), now)) {
            operators.announce(OperatorStatus.ONLINE, absent);
        }
    }

    public java.time.Duration checkInterval() {
        return settings.presenceCheck();
    }
}
