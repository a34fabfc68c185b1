package id.sapa.autoreply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.channel.WhatsAppTemplates;
import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversations;
import id.sapa.quickreply.QuickReplies;
import id.sapa.quickreply.QuickReply;
import id.sapa.shared.ContactId;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;

/** The auto-reply module's API: a tenant's rules, their logs, and dry runs. */
@Service
public class AutoReplyRules {

    private static final int RECENT_LOGS = 20;

    private final RuleRepository repository;
    private final RuleSets ruleSets;
    private final ReplyLogs logs;
    private final ReplyState state;
    private final TeamMembers team;
    private final Tenants tenants;
    private final Contacts contacts;
    private final Conversations conversations;
    private final AutoReplySettings settings;
    private final QuickReplies quickReplies;
    private final WhatsAppTemplates templates;
    private final TemplateReplies templateReplies;
    private final Clock clock;

    AutoReplyRules(RuleRepository repository, RuleSets ruleSets, ReplyLogs logs, ReplyState state, TeamMembers team,
            Tenants tenants, Contacts contacts, Conversations conversations, AutoReplySettings settings,
            QuickReplies quickReplies, WhatsAppTemplates templates, TemplateReplies templateReplies, Clock clock) {
        this.repository = repository;
        this.ruleSets = ruleSets;
        this.logs = logs;
        this.state = state;
        this.team = team;
        this.tenants = tenants;
        this.contacts = contacts;
        this.conversations = conversations;
        this.settings = settings;
        this.quickReplies = quickReplies;
        this.templates = templates;
        this.templateReplies = templateReplies;
        this.clock = clock;
    }

    /** The tenant's rules by priority; a tenant's first look gives it the presets. */
    @Transactional
    public List<Rule> list(TenantId tenantId) {
        ruleSets.ensurePresets(tenants.get(tenantId));
        return repository.all(tenantId);
    }

    public Rule get(TenantId tenantId, UUID id) {
        return repository.find(tenantId, id).orElseThrow(() -> ProblemException.notFound(new Text("Aturan", "Rule"), id));
    }

    public List<ReplyLog> recentLogs(TenantId tenantId, UUID id) {
        return logs.recent(tenantId, id, RECENT_LOGS);
    }

    @Transactional
    public Rule create(TenantId tenantId, RuleDraft draft) {
        ruleSets.ensurePresets(tenants.get(tenantId));
        if (repository.count(tenantId) >= settings.maxRules()) {
            throw ProblemException.conflict(new Text("Satu usaha paling banyak punya " + settings.maxRules() + " aturan balasan otomatis",
                    "A business can have at most " + settings.maxRules() + " auto-reply rules"));
        }
        RuleValidator.check(draft, null, validation(tenantId));
        UUID id = UUID.randomUUID();
        repository.insert(tenantId, id, draft, settings.defaultDelaySeconds(), null);
        return get(tenantId, id);
    }

    @Transactional
    public Rule update(TenantId tenantId, UUID id, RuleDraft draft) {
        get(tenantId, id);
        RuleValidator.check(draft, id, validation(tenantId));
        repository.update(tenantId, id, draft, settings.defaultDelaySeconds());
        return get(tenantId, id);
    }

    /**
     * Switches a rule on or off.
     *
     * @throws ProblemException 400 naming {@code responseMessage} when switching on a preset whose example
     *                          text the shop has not replaced
     */
    @Transactional
    public Rule toggle(TenantId tenantId, UUID id) {
        Rule rule = get(tenantId, id);
        if (!rule.active() && rule.needsOwnText()) {
            throw ProblemException.invalidField("responseMessage", RuleValidator.EXAMPLE_TEXT_LEFT);
        }
        repository.setActive(tenantId, id, !rule.active());
        return get(tenantId, id);
    }

    /**
     * Deletes a rule and its logs.
     *
     * @throws ProblemException a conflict naming the menus that still offer the rule as a choice
     */
    @Transactional
    public void delete(TenantId tenantId, UUID id) {
        get(tenantId, id);
        List<String> menus = repository.menusPointingTo(tenantId, id);
        if (!menus.isEmpty()) {
            String names = String.join(", ", menus);
            throw ProblemException.conflict(new Text("Aturan ini menjadi pilihan di menu " + names + "; hapus dulu dari menunya",
                    "This rule is a choice of the menu " + names + "; remove it from the menu first")).with("menus", menus);
        }
        repository.delete(tenantId, id);
    }

    /** One rule alone on a sample message, whether or not it is active (seed 002 {@code POST /rules/:id/test}). */
    public Trial test(TenantId tenantId, UUID id, Trial.Request request) {
        Rule rule = get(tenantId, id);
        Tenant tenant = tenants.get(tenantId);
        long started = System.nanoTime();
        CompiledRules rules = RuleSets.compile(List.of(rule), tenant);
        Sample sample = sample(tenant, request);
        Verdict verdict = rules.test(rule, sample.situation(), sample.limits());
        double ms = (System.nanoTime() - started) / 1e6;
        List<Trial.Answer> answers = verdict.fired() && sample.silenced() == null ? List.of(answer(verdict, tenant, sample))
                : List.of();
        return trial(answers, List.of(outcome(verdict, request.language())), ms, sample.silenced(), request.language());
    }

    /** The whole rule set on a sample message: which rules answer, and why each other one does not. */
    public Trial test(TenantId tenantId, Trial.Request request) {
        Tenant tenant = tenants.get(tenantId);
        CompiledRules rules = ruleSets.current(tenant);
        Sample sample = sample(tenant, request);
        long started = System.nanoTime();
        List<Verdict> verdicts = rules.explain(sample.situation(), sample.limits());
        double ms = (System.nanoTime() - started) / 1e6;
        List<Trial.Answer> answers = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            if (verdict.fired() && sample.silenced() == null) {
                answers.add(answer(verdict, tenant, sample));
            }
        }
        return trial(answers, verdicts.stream().map(verdict -> outcome(verdict, request.language())).toList(), ms,
                sample.silenced(), request.language());
    }

    private static Trial trial(List<Trial.Answer> answers, List<Trial.Outcome> outcomes, double ms, Reason silenced,
            Locale language) {
        return new Trial(!answers.isEmpty(), answers, outcomes, ms, silenced == null ? null : silenced.code(),
                silenced == null ? null : silenced.text().in(language));
    }

    /** @param silenced why the live engine would answer this contact nothing at all, or null */
    private record Sample(Situation situation, Limits limits, String customerName, String phone, Reason silenced) {
    }

    private Sample sample(Tenant tenant, Trial.Request request) {
        if (request.message() == null && request.customerContext() == null) {
            throw ProblemException.invalidField("testMessage", FieldMessages.REQUIRED);
        }
        Instant at = request.at() != null ? request.at() : clock.instant();
        Trial.CustomerContext given = request.customerContext() != null ? request.customerContext()
                : new Trial.CustomerContext(null, null, null, null, null, null);
        String type = given.messageType() != null ? given.messageType() : "text";
        if (request.contactId() != null) {
            Contact contact = contacts.find(tenant.id(), new ContactId(request.contactId()))
                    .orElseThrow(() -> ProblemException.notFound(new Text("Kontak", "Contact"), request.contactId()).with("field", "contactId"));
            var conversation = conversations.findByContact(tenant.id(), contact.id());
            Limits limits = conversation.<Limits>map(c -> new CustomerLimits(
                    state.counters(c.id(), at.atZone(tenant.timezone()).toLocalDate(), at), at,
                    settings.maxTriggersPerDay())).orElse(Limits.NONE);
            Duration since = contact.lastContactAt() == null ? null : Duration.between(contact.lastContactAt(), at);
            Situation situation = new Situation(request.message(), type, at, contact.totalMessagesReceived() == 0,
                    since == null || since.isNegative() ? null : since,
                    conversation.map(c -> c.totalMessages() + 1).orElse(1), contact.totalOrders() > 0, contact.tags());
            Reason silenced = conversation.isPresent() ? Guards.standing(conversation.get(), contact::isBlocked)
                    : contact.isBlocked() ? Guards.CONTACT_BLOCKED : null;
            return new Sample(situation, limits, contact.name(), contact.whatsAppUser().e164(), silenced);
        }
        Situation situation = new Situation(request.message(), type, at, Boolean.TRUE.equals(given.isFirstMessage()),
                given.daysSinceLastMessage() == null ? null : Duration.ofDays(given.daysSinceLastMessage()),
                given.messageCount() != null ? given.messageCount() : Boolean.TRUE.equals(given.isFirstMessage()) ? 1 : 2,
                Boolean.TRUE.equals(given.hasOrderHistory()), given.customerTags());
        return new Sample(situation, Limits.NONE, null, null, null);
    }

    private Trial.Answer answer(Verdict verdict, Tenant tenant, Sample sample) {
        Rule rule = verdict.rule();
        ReplyText.Recipient to = new ReplyText.Recipient(sample.customerName(), sample.phone(), tenant.name(),
                tenant.locale(), tenant.timezone(), sample.situation().at());
        String response = switch (rule.responseType()) {
            case MENU -> ReplyText.menu(rule.definition().responseMessage(), rule.definition().menuOptions(), to);
            case TEMPLATE -> {
                TemplateReplies.Reply reply = templateReplies.resolve(tenant.id(), rule, to);
                yield reply.text() != null ? reply.text() : reply.problem();
            }
            default -> ReplyText.render(rule.definition().responseMessage(), to);
        };
        boolean routes = rule.responseType() == ResponseType.FORWARD_TO_CS || rule.responseType() == ResponseType.SMART_ROUTE;
        return new Trial.Answer(rule.id(), rule.name(), verdict.matchedKeyword(), response,
                routes ? rule.responseType().code() : null);
    }

    private static Trial.Outcome outcome(Verdict verdict, Locale language) {
        Rule rule = verdict.rule();
        Reason reason = verdict.reason();
        return new Trial.Outcome(rule.id(), rule.name(), rule.priority(), rule.triggerType(), verdict.fired(),
                verdict.matchedKeyword(), reason == null ? null : reason.code(), reason == null ? null : reason.text().in(language));
    }

    private RuleValidator.Context validation(TenantId tenantId) {
        return new RuleValidator.Context() {
            @Override
            public boolean ruleExists(UUID id) {
                return repository.find(tenantId, id).isPresent();
            }

            @Override
            public boolean userCanAnswerChats(UUID id) {
                return team.canAnswerChats(tenantId, id);
            }

            @Override
            public Optional<Boolean> sharedQuickReplyActive(UUID id) {
                return quickReplies.shared(tenantId, id).map(QuickReply::active);
            }

            @Override
            public Optional<WhatsAppTemplate> template(String name, String language) {
                return templates.find(tenantId, name, language);
            }
        };
    }
}
