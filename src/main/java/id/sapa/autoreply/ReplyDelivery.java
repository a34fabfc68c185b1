package id.sapa.autoreply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.sapa.autoreply.AutoReplyEvent.ConversationRouted;
import id.sapa.autoreply.Dispatches.Dispatch;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.Priority;
import id.sapa.conversation.SenderType;
import id.sapa.message.Interactive;
import id.sapa.message.Message;
import id.sapa.message.MessageStatus;
import id.sapa.message.AutomaticContent;
import id.sapa.message.Messages;
import id.sapa.quickreply.QuickReplies;
import id.sapa.shared.Text;
import id.sapa.shared.UserId;
import id.sapa.shared.jobs.Jobs;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;

/**
 * Carries out one decided reply when it is due, in the caller's transaction: checks the guards
 * again (an operator may have taken over meanwhile), routes to the team when the rule says so,
 * queues the text through the message module as an {@code auto_reply} message, and logs it. The
 * dispatch row is locked and must still be pending, so a job that runs twice sends once.
 */
@Component
class ReplyDelivery {

    private final Dispatches dispatches;
    private final RuleRepository rules;
    private final ReplyLogs logs;
    private final Conversations conversations;
    private final Contacts contacts;
    private final Messages messages;
    private final Tenants tenants;
    private final TeamMembers team;
    private final ApplicationEventPublisher events;
    private final Jobs jobs;
    private final TemplateReplies templateReplies;
    private final QuickReplies quickReplies;
    private final Clock clock;

    ReplyDelivery(Dispatches dispatches, RuleRepository rules, ReplyLogs logs, Conversations conversations,
            Contacts contacts, Messages messages, Tenants tenants, TeamMembers team, ApplicationEventPublisher events,
            Jobs jobs, TemplateReplies templateReplies, QuickReplies quickReplies, Clock clock) {
        this.dispatches = dispatches;
        this.rules = rules;
        this.logs = logs;
        this.conversations = conversations;
        this.contacts = contacts;
        this.messages = messages;
        this.tenants = tenants;
        this.team = team;
        this.events = events;
        this.jobs = jobs;
        this.templateReplies = templateReplies;
        this.quickReplies = quickReplies;
        this.clock = clock;
    }

    /** Carries out a delayed reply that is due (the job), unless it was cancelled or the guards now say no. */
    void deliver(UUID dispatchId) {
        Dispatch dispatch = dispatches.lockPending(dispatchId).orElse(null);
        if (dispatch == null) {
            return;
        }
        Conversation conversation = conversations.find(dispatch.tenantId(), dispatch.conversationId()).orElse(null);
        Reason silence = Guards.silence(conversation, () -> conversation.contactId() != null
                && contacts.isBlocked(conversation.tenantId(), conversation.contactId()), clock.instant());
        Rule rule = rules.find(dispatch.tenantId(), dispatch.ruleId()).orElse(null);
        if (silence == null && rule == null) {
            silence = new Reason("rule_deleted", "aturannya sudah dihapus", "the rule was deleted");
        }
        if (silence != null) {
            cancel(dispatch, silence);
        } else {
            dispatches.finish(dispatch.id(), "sent", null);
            carryOut(dispatch, conversation, rule, tenants.get(dispatch.tenantId()));
        }
        dispatches.nextPending(dispatch.triggerMessageId()).ifPresent(next -> {
            Instant now = clock.instant();
            jobs.schedule(DelayedReplyJob.instance(next.getKey()), next.getValue().isAfter(now) ? next.getValue() : now);
        });
    }

    /**
     * Routes if the rule says so, queues the text as an {@code auto_reply} message, counts and logs
     * it. The caller has checked the guards and marked the dispatch sent in this transaction.
     */
    void carryOut(Dispatch dispatch, Conversation conversation, Rule rule, Tenant tenant) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        ReplyText.Recipient to = new ReplyText.Recipient(conversation.customerName(),
                conversation.customer().e164(),
                tenant.name(), tenant.locale(), tenant.timezone(), now);
        RuleDraft definition = rule.definition();
        MenuOption option = dispatch.menuOption() == null ? null : definition.menuOptions().stream()
                .filter(o -> o.key().equals(dispatch.menuOption())).findFirst().orElse(null);
        String text;
        Interactive menu = null;
        TemplateReplies.Reply template = null;
        if (option != null) {
            if (MenuOption.FORWARD_TO_CS.equals(option.action())) {
                route(rule, conversation);
            }
            text = ReplyText.render(option.response() != null ? option.response() : ReplyText.handedOver(tenant.locale()), to);
        } else {
            text = switch (rule.responseType()) {
                case TEXT -> ReplyText.render(definition.responseMessage(), to);
                case TEMPLATE -> {
                    template = templateReplies.resolve(tenant.id(), rule, to);
                    yield template.text();
                }
                case MENU -> {
                    menu = MenuLayout.of(ReplyText.render(definition.responseMessage(), to), definition.menuOptions(), tenant.locale());
                    yield ReplyText.menu(definition.responseMessage(), definition.menuOptions(), to);
                }
                case FORWARD_TO_CS, SMART_ROUTE -> {
                    route(rule, conversation);
                    yield ReplyText.render(definition.responseMessage(), to);
                }
            };
        }
        Optional<Message> sent = text == null || text.isBlank() ? Optional.empty()
                : messages.sendAutomatic(tenant.id(), conversation.id(), SenderType.AUTO_REPLY,
                        template != null && template.template() != null ? new AutomaticContent.Template(template.template())
                                : menu != null ? new AutomaticContent.Menu(menu, text)
                                : new AutomaticContent.Text(text));
        if (template != null && template.quickReply() != null && sent.isPresent()) {
            quickReplies.recordUse(tenant.id(), template.quickReply().id(), now);
        }
        rules.recordTrigger(tenant.id(), rule.id(), now);
        boolean failed = sent.map(m -> m.status() == MessageStatus.FAILED).orElse(false);
        String error = template != null && template.problem() != null ? template.problem()
                : failed ? sent.get().errorMessage()
                : text != null && !text.isBlank() && sent.isEmpty() ? "WhatsApp has never been connected" : null;
        log(dispatch, text, error == null, error, sent.map(Message::id).orElse(null), started);
    }

    /**
     * Hands the conversation to the team: agent mode, high (or urgent) priority, tagged. A
     * {@code forward_to_cs} rule assigns the member it names if they can answer chats at all; a
     * {@code smart_route} rule assigns at once someone available (the member it names if they are
     * online with room, else the least loaded who is), or leaves it in the unassigned queue.
     */
    private void route(Rule rule, Conversation conversation) {
        String condition = rule.definition().routeCondition();
        UUID named = rule.definition().routeToCsId();
        Priority target = "urgent".equals(condition) ? Priority.URGENT : Priority.HIGH;
        Priority priority = conversation.priority().compareTo(target) > 0 ? conversation.priority() : target;
        UserId assignee;
        if (rule.responseType() == ResponseType.SMART_ROUTE) {
            assignee = conversations.handOverToAvailableMember(conversation.tenantId(), conversation.id(), priority,
                    condition, named == null ? null : new UserId(named))
                    .assignedCsId();
        } else {
            assignee = named != null && team.canAnswerChats(conversation.tenantId(), named) ? new UserId(named) : null;
            conversations.handOverToTeam(conversation.tenantId(), conversation.id(), priority, condition, assignee);
        }
        events.publishEvent(new ConversationRouted(conversation.tenantId(), conversation.id(), rule.id(), assignee, priority,
                condition));
    }

    /**
     * Cancels a pending reply (an operator answered, the conversation left bot mode …) and logs why:
     * the dispatch keeps the stable code, the rule's log the words in the business's language,
     * as its team reads them.
     */
    void cancel(Dispatch dispatch, Reason reason) {
        dispatches.finish(dispatch.id(), "cancelled", reason.code());
        Text cancelled = new Text("dibatalkan: ", "cancelled: ").then(reason.text());
        log(dispatch, null, false, cancelled.in(tenants.get(dispatch.tenantId()).locale().locale()), null, System.nanoTime());
    }

    private void log(Dispatch dispatch, String response, boolean success, String error,
            id.sapa.shared.MessageId replyId, long deliveryStarted) {
        long deliveryMicros = (System.nanoTime() - deliveryStarted) / 1000;
        int executionMs = (int) Duration.ofNanos((dispatch.decidedInMicros() + deliveryMicros) * 1000).toMillis();
        logs.add(dispatch.tenantId(), new ReplyLog(UUID.randomUUID(), dispatch.ruleId(), dispatch.conversationId(),
                dispatch.triggerMessageId(), dispatch.triggerText(), response, dispatch.matchedKeyword(), executionMs,
                success, error, clock.instant()), replyId);
    }
}
