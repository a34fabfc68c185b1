package id.sapa.operator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;

/**
 * Each member's running numbers: messages sent, and how long customers waited for them, first
 * answers apart, counted within the member's working hours where those are set.
 */
@Service
public class OperatorStatistics {

    private final OperatorRepository operators;
    private final Tenants tenants;
    private final JdbcClient jdbc;

    OperatorStatistics(OperatorRepository operators, Tenants tenants, JdbcClient jdbc) {
        this.operators = operators;
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    /**
     * Counts one message a member sent, in the transaction that stores it.
     *
     * @param waitingSince since when the customer had been waiting for this answer; {@code null}
     *                     when nobody was (a second message in a row)
     * @param firstReply   the first answer since the conversation opened or re-opened
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordMessageSent(TenantId tenantId, UserId userId, Instant waitingSince, boolean firstReply, Instant at) {
        long waited = -1;
        if (waitingSince != null) {
            Operator operator = operators.find(tenantId, userId).orElse(null);
            if (operator != null) {
                ZoneId zone = tenants.find(tenantId).map(Tenant::timezone).orElse(Tenants.DEFAULT_TIMEZONE);
                Duration within = WorkingTime.between(waitingSince, at, operator.workingHours(), zone);
                waited = within.toSeconds();
            }
        }
        jdbc.sql("""
                UPDATE users SET
                    total_messages_sent = total_messages_sent + 1,
                    replies_measured = replies_measured + CASE WHEN :waited >= 0 THEN 1 ELSE 0 END,
                    response_seconds_total = response_seconds_total + GREATEST(:waited, 0),
                    average_response_time_seconds = CASE WHEN :waited >= 0
                        THEN ((response_seconds_total + :waited) / (replies_measured + 1))::integer
                        ELSE average_response_time_seconds END,
                    first_replies_measured = first_replies_measured + CASE WHEN :first THEN 1 ELSE 0 END,
                    first_response_seconds_total = first_response_seconds_total + CASE WHEN :first THEN :waited ELSE 0 END,
                    first_response_time_seconds = CASE WHEN :first
                        THEN ((first_response_seconds_total + :waited) / (first_replies_measured + 1))::integer
                        ELSE first_response_time_seconds END
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("waited", waited)
                .param("first", firstReply && waited >= 0)
                .param("tenantId", tenantId.value())
                .param("id", userId.value())
                .update();
    }
}
