package id.sapa.autoreply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.autoreply.Dispatches.Dispatch;
import id.sapa.contact.ConsentKeywords;
import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.shared.db.TransientConflicts;
import id.sapa.shared.jobs.Jobs;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;

/**
 * Answers customer messages. Once a customer's message is committed a worker claims it, locks the
 * conversation's auto-reply session, checks the guards, reads a waiting menu's answer or decides
 * with the tenant's compiled rules, and records each reply as a dispatch: sent at once when its
 * delay is 0, else by a durable job when due. The claim and the dispatches commit together, so a
 * message is decided once however often it is offered (the event publication registry offers it
 * again after a crash); one whose decision failed is tried again by a durable job.
 */
@Component
class AutoReplyEngine {

    private static final Logger log = LoggerFactory.getLogger(AutoReplyEngine.class);

    private final Conversations conversations;
    private final Contacts contacts;
    /** The tenant setting that turns every rule of the business off at once. */
    public static final String TENANT_SWITCH = "autoReply";

    private final Tenants tenants;
    private final RuleSets ruleSets;
    private final ReplyState state;
    private final Dispatches dispatches;
    private final ReplyDelivery delivery;
    private final Jobs jobs;
    private final HandledMessages handled;
    private final AutoReplySettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AutoReplyEngine(Conversations conversations, Contacts contacts, Tenants tenants, RuleSets ruleSets,
            ReplyState state, Dispatches dispatches, ReplyDelivery delivery, Jobs jobs, HandledMessages handled,
            AutoReplySettings settings, TransactionTemplate transaction, Clock clock) {
        this.conversations = conversations;
        this.contacts = contacts;
        this.tenants = tenants;
        this.ruleSets = ruleSets;
        this.state = state;
        this.dispatches = dispatches;
        this.delivery = delivery;
        this.jobs = jobs;
        this.handled = handled;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * A durable module listener: the publication registry stores the event in the inbound
     * transaction (only for what {@link #answers} takes) and offers it again after a crash or a restart
     * until this completes. It runs after the commit on one of the {@link AutoReplyWorkers}, so at most
     * {@code workers} decide at once (the others wait their turn). It has no transaction of its own: the decision has one, run
     * again after a deadlock. A message offered later than {@code catchUp} after it was stored is
     * left unanswered: a reply hours late is worse than none.
     */
    @Async(AutoReplyWorkers.NAME)
    @TransactionalEventListener(id = "auto-reply", condition = "@autoReplyEngine.answers(#event)")
    void on(MessageReceived event) {
        if (event.receivedAt().isBefore(clock.instant().minus(settings.catchUp()))) {
            log.info("Customer message {} was offered {} after it arrived; too late to answer", event.messageId(),
                    Duration.between(event.receivedAt(), clock.instant()));
            return;
        }
        decide(event);
    }

    /**
     * Whether the message is one to decide on: written by the customer, with auto-replies on, and not
     * a consent keyword (STOP, MULAI…): the notification module answers those, and a rule matching
     * "stop" must not answer a customer who just asked to hear nothing more. The registry evaluates
     * it before it stores a publication, so nothing else costs a row.
     */
    public boolean answers(MessageReceived event) {
        return settings.enabled() && event.writtenByCustomer() && ConsentKeywords.of(event.text()).isEmpty();
    }

    /**
     * Decides in a transaction of its own, run again when it loses a deadlock to the customer's
     * next message; any other failure leaves the message to a durable retry. Only when not even the
     * retry could be scheduled does it fail, leaving the event to the registry.
     */
    void decide(MessageReceived message) {
        try {
            decideOrThrow(message);
        } catch (RuntimeException e) {
            log.warn("Auto-reply decision on message {} failed; a job tries again", message.messageId(), e);
            jobs.schedule(DecisionRetryJob.instance(message), clock.instant().plus(DecisionRetryJob.DELAY));
        }
    }

    /** The decision in a transaction of its own, run again after a deadlock; other failures are thrown. */
    void decideOrThrow(MessageReceived message) {
        TransientConflicts.retry(() -> transaction.executeWithoutResult(status -> respond(message)));
    }

    /** Decides on the message in the caller's transaction, unless it was decided on before. */
    void respond(MessageReceived message) {
        // The loop guard: only what a customer wrote is answered, never a reaction, a notice or our own message.
        if (!answers(message) || !handled.claim(message.messageId())) {
            return;
        }
        long started = System.nanoTime();
        Conversation conversation = conversations.find(message.tenantId(), message.conversationId()).orElse(null);
        if (conversation == null) {
            return;
        }
        ReplyState.Session session = state.arrive(message.tenantId(), conversation.id(), message.sentAt());
        Tenant tenant = tenants.get(message.tenantId());
        // The business switched its automatic answers off: the session still follows the customer.
        if (!switchedOn(tenant)) {
            return;
        }
        Contact contact = conversation.contactId() == null ? null
                : contacts.find(message.tenantId(), conversation.contactId()).orElse(null);
        Instant now = clock.instant();
        if (Guards.silence(conversation, () -> contact != null && contact.isBlocked(), now) != null) {
            return;
        }
        CompiledRules rules = ruleSets.current(tenant);
        Replies replies = new Replies(tenant, conversation, message, now, started);
        if (answeredMenu(session, rules, replies, message.replyId())) {
            return;
        }
        Situation situation = situation(message, conversation, contact, session);
        Limits limits = new CustomerLimits(state.counters(conversation.id(), replies.day(), now), now,
                settings.maxTriggersPerDay());
        for (Verdict verdict : rules.decide(situation, limits)) {
            replies.plan(verdict.rule(), verdict.matchedKeyword(), null, false);
        }
    }

    /** The tenant's own switch (setting {@code autoReply}, on unless set false), beside the server's {@code AUTO_REPLY_ENABLED}. */
    public static boolean switchedOn(Tenant tenant) {
        return !Boolean.FALSE.equals(tenant.settings().get(TENANT_SWITCH));
    }

    static Situation situation(MessageReceived message, Conversation conversation, Contact contact, ReplyState.Session session) {
        Duration since = session.lastInboundAt() == null || session.lastInboundAt().isAfter(message.sentAt()) ? null
                : Duration.between(session.lastInboundAt(), message.sentAt());
        return new Situation(message.text(), message.kind().code(), message.sentAt(),
                contact != null && contact.totalMessagesReceived() <= 1, since, conversation.totalMessages(),
                contact != null && contact.totalOrders() > 0, contact == null ? List.of() : contact.tags());
    }

    /**
     * A menu waiting for this customer takes the message first: a chosen option (tapped or typed) answers; an
     * unknown answer repeats the menu once, then the rules decide as usual. An expired menu is closed.
     */
    private boolean answeredMenu(ReplyState.Session session, CompiledRules rules, Replies replies, String replyId) {
        if (session.menuRuleId() == null) {
            return false;
        }
        Optional<Rule> menu = session.menuWaiting(replies.now()) ? rules.rule(session.menuRuleId())
                .filter(rule -> rule.active() && rule.responseType() == ResponseType.MENU) : Optional.empty();
        state.closeMenu(replies.conversation().id());
        if (menu.isEmpty()) {
            return false;
        }
        Optional<MenuOption> chosen = MenuChoice.of(menu.get().definition().menuOptions(), replies.message().text(), replyId);
        if (chosen.isPresent()) {
            MenuOption option = chosen.get();
            Optional<Rule> next = option.nextRuleId() == null ? Optional.empty() : rules.rule(option.nextRuleId());
            if (next.isPresent()) {
                replies.plan(next.get(), option.key(), null, false);
            } else {
                replies.plan(menu.get(), option.key(), option.key(), false);
            }
            return true;
        }
        if (!session.menuRepeated()) {
            replies.plan(menu.get(), null, null, true);
            return true;
        }
        return false;
    }

    /** The replies decided for one customer message. */
    private final class Replies {

        private final Tenant tenant;
        private final Conversation conversation;
        private final MessageReceived message;
        private final Instant now;
        private final long started;
        private Instant lastDue;
        private boolean delayedScheduled;

        Replies(Tenant tenant, Conversation conversation, MessageReceived message, Instant now, long started) {
            this.tenant = tenant;
            this.conversation = conversation;
            this.message = message;
            this.now = now;
            this.started = started;
        }

        Instant now() {
            return now;
        }

        Conversation conversation() {
            return conversation;
        }

        MessageReceived message() {
            return message;
        }

        LocalDate day() {
            return now.atZone(tenant.timezone()).toLocalDate();
        }

        /**
         * @param option     the chosen menu option whose own response or action this reply is
         * @param menuRepeat the reply repeats the menu after an answer that matched no option
         */
        void plan(Rule rule, String matchedKeyword, String option, boolean menuRepeat) {
            int delay = rule.definition().delaySeconds();
            // Seed 002: a human-like delay, random in [d, d + 2] seconds; several replies to one
            // message keep their rules' order, a second apart.
            Instant due = delay == 0 ? now : now.plusMillis(delay * 1000L + ThreadLocalRandom.current().nextLong(2001));
            if (lastDue != null && !due.isAfter(lastDue)) {
                due = lastDue.plusSeconds(1);
            }
            int decidedInMicros = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1000);
            Dispatch dispatch = new Dispatch(UUID.randomUUID(), tenant.id(), conversation.id(), rule.id(),
                    message.messageId(), message.text(), matchedKeyword, option, menuRepeat, decidedInMicros, due, now);
            Instant dueAt = due;
            boolean immediate = !due.isAfter(now);
            // A reply due now is carried out below in this transaction: it is recorded as sent at once.
            if (!dispatches.insert(dispatch, immediate ? "sent" : "pending")) {
                return;
            }
            state.count(tenant.id(), rule.id(), conversation.id(), day(), now);
            if (rule.responseType() == ResponseType.MENU && option == null) {
                state.openMenu(conversation.id(), rule.id(), dueAt.plus(settings.menuTimeout()), menuRepeat);
            }
            lastDue = due;
            if (immediate) {
                delivery.carryOut(dispatch, conversation, rule, tenant);
            } else if (!delayedScheduled) {
                // Later delayed replies to this message wait for this one: its job schedules the next.
                jobs.schedule(DelayedReplyJob.instance(dispatch.id()), dueAt);
                delayedScheduled = true;
            }
        }
    }
}
