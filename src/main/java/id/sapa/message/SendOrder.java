package id.sapa.message;

import java.time.Clock;
import java.time.Duration;

import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.shared.MessageId;
import id.sapa.shared.jobs.Jobs;

/**
 * Keeps a conversation's messages in the order they were queued on their way to the customer,
 * through retries and outages: a message is sent only when no message queued before it in its
 * conversation is still pending. Other conversations never wait for it.
 *
 * <p>The rule is read from PostgreSQL, so it holds on every node and after a restart. A message
 * leaves pending only once the provider has answered for it, so a later message never overtakes
 * one that is being sent or waits for its next try, whichever node runs which job. A held-back
 * message's job ends and leaves a held job in its place; when a message leaves pending (sent, or
 * failed for good) the next one of its conversation is woken, its held job runs at once, and so on
 * down the queue. A held job also runs after {@link #RECHECK} by itself, so a missed wake costs a
 * delay, never a message. None is missed in the race between holding and completing: the hold is
 * written while the earlier message's row is locked, and the completion updates that row, so it
 * either comes after the hold and wakes it, or came first and the message goes on instead.
 *
 * <p>A message that failed for good holds nothing back: the later ones go on, and the team sees the
 * failed one with its reason. Retried by a user, it takes its original place again, so the
 * messages still pending behind it wait for it.
 */
final class SendOrder {

    static final Duration RECHECK = Duration.ofMinutes(1);

    // Two names, so that a held job that has to hold again never schedules the instance running it.
    private static final String HELD = "~held";
    private static final String HELD_AGAIN = "~held-again";

    private final MessageRepository messages;
    private final Jobs jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SendOrder(MessageRepository messages, Jobs jobs, TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.jobs = jobs;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Holds the message back while an earlier one of its conversation is pending: its held job
     * carries {@code data} on (waiting is not an attempt), and the caller sends nothing now.
     *
     * @param running the id of the job instance running now
     */
    boolean holdsBack(Message message, String running, SendMessageJob.Attempt data) {
        // The usual answer, no: one read of a small index, no lock, no transaction.
        if (!messages.pendingBefore(message.tenantId(), message.conversationId(), message.createdAt(), message.id())) {
            return false;
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!messages.lockPendingBefore(message.tenantId(), message.conversationId(), message.createdAt(),
                    message.id())) {
                return false;
            }
            String held = message.id() + (running.equals(message.id() + HELD) ? HELD_AGAIN : HELD);
            jobs.schedule(SendMessageJob.TASK.instance(held).data(data).build(), clock.instant().plus(RECHECK));
            return true;
        }));
    }

    /**
     * Wakes the message queued next in the conversation; call in the transaction that takes this one
     * out of pending.
     */
    void releaseNext(Message message) {
        messages.pendingAfter(message.tenantId(), message.conversationId(), message.createdAt(), message.id())
                .ifPresent(this::wake);
    }

    private void wake(MessageId next) {
        if (!jobs.runNow(SendMessageJob.TASK.instanceId(next + HELD))) {
            jobs.runNow(SendMessageJob.TASK.instanceId(next + HELD_AGAIN));
        }
    }
}
