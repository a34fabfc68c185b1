package id.sapa.autoreply;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A tenant's rule set compiled once for many messages: active rules by priority (higher first,
 * then older first), every plain keyword in one {@link KeywordIndex}, regexes as RE2J patterns
 * (linear time whatever a tenant writes), working hours parsed. Immutable, shared by threads.
 */
final class CompiledRules {

    private static final Reason INACTIVE = new Reason("inactive", "nonaktif", "inactive");
    private static final Reason MENU_ONLY = new Reason("menu_only", "hanya berjalan saat pelanggan memilihnya dari menu",
            "runs only when a customer chooses it from a menu");

    static final Comparator<Rule> ORDER = Comparator.comparingInt(Rule::priority).reversed()
            .thenComparing(rule -> rule.history().createdAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Rule::id);

    private final List<Rule> ordered;
    private final Map<UUID, Rule> byId;
    private final KeywordIndex keywords;
    private final Map<UUID, List<Pattern>> patterns;
    private final Map<UUID, OpeningHours> hours;
    /** By position: an active rule that may answer without a keyword hit (welcome, hours, patterns, regex keywords). */
    private final boolean[] candidate;

    private CompiledRules(List<Rule> ordered, Map<UUID, Rule> byId, KeywordIndex keywords,
            Map<UUID, List<Pattern>> patterns, Map<UUID, OpeningHours> hours) {
        this.candidate = new boolean[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            Rule rule = ordered.get(i);
            boolean byKeywordHit = rule.triggerType() == TriggerType.KEYWORD && rule.definition().matchType() != MatchType.REGEX;
            candidate[i] = rule.active() && rule.triggerType() != TriggerType.MENU_SELECTION && !byKeywordHit;
        }
        this.ordered = ordered;
        this.byId = byId;
        this.keywords = keywords;
        this.patterns = patterns;
        this.hours = hours;
    }

    /** @param zone the tenant's time zone, for working hours that name none */
    static CompiledRules compile(List<Rule> rules, ZoneId zone) {
        return compile(rules, zone, null);
    }

    /**
     * @param zone          the tenant's time zone, for working hours that name none
     * @param businessHours the tenant's hours, for time-based rules without hours of their own (null:
     *                      such rules never fire)
     */
    static CompiledRules compile(List<Rule> rules, ZoneId zone, WorkingHours businessHours) {
        OpeningHours business = businessHours == null ? null : OpeningHours.of(businessHours, zone);
        List<Rule> ordered = rules.stream().sorted(ORDER).toList();
        Map<UUID, Rule> byId = new HashMap<>();
        Map<UUID, List<Pattern>> patterns = new HashMap<>();
        Map<UUID, OpeningHours> hours = new HashMap<>();
        for (Rule rule : ordered) {
            byId.put(rule.id(), rule);
            RuleDraft definition = rule.definition();
            if (rule.triggerType() == TriggerType.PATTERN && definition.regexPattern() != null) {
                patterns.put(rule.id(), List.of(regex(definition.regexPattern(), definition.caseSensitive())));
            } else if (rule.triggerType() == TriggerType.KEYWORD && definition.matchType() == MatchType.REGEX) {
                patterns.put(rule.id(), definition.keywords().stream().map(k -> regex(k, definition.caseSensitive())).toList());
            }
            if (definition.workingHours() != null) {
                hours.put(rule.id(), OpeningHours.of(definition.workingHours(), zone));
            } else if (rule.triggerType() == TriggerType.TIME_BASED && business != null) {
                hours.put(rule.id(), business);
            }
        }
        return new CompiledRules(ordered, byId, KeywordIndex.of(ordered), patterns, hours);
    }

    static Pattern regex(String pattern, boolean caseSensitive) {
        return Pattern.compile(pattern, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
    }

    Optional<Rule> rule(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Rule> rules() {
        return ordered;
    }

    /**
     * The rules that answer: the first that fires, and after it the following ones while each fired
     * rule lets the next ones run ({@code continueToNext}).
     */
    List<Verdict> decide(Situation situation, Limits limits) {
        String[] matched = keywordHits(situation);
        List<Verdict> fired = new ArrayList<>(1);
        for (int i = 0; i < ordered.size(); i++) {
            // Most rules are keyword rules the automaton did not hit: skipped without a look.
            if (!candidate[i] && matched[i] == null) {
                continue;
            }
            Rule rule = ordered.get(i);
            if (!rule.active()) {
                continue;
            }
            Verdict verdict = check(rule, matched[i], situation, limits);
            if (verdict.fired()) {
                fired.add(verdict);
                if (!rule.definition().continueToNext()) {
                    break;
                }
            }
        }
        return fired;
    }

    /** Every rule's verdict with its reason, in evaluation order: what {@code POST /test} shows. */
    List<Verdict> explain(Situation situation, Limits limits) {
        String[] matched = keywordHits(situation);
        List<Verdict> verdicts = new ArrayList<>(ordered.size());
        Rule stoppedBy = null;
        for (int i = 0; i < ordered.size(); i++) {
            Rule rule = ordered.get(i);
            Verdict verdict;
            if (!rule.active()) {
                verdict = Verdict.missed(rule, INACTIVE);
            } else if (rule.triggerType() == TriggerType.MENU_SELECTION) {
                verdict = Verdict.missed(rule, MENU_ONLY);
            } else {
                verdict = check(rule, matched[i], situation, limits);
                if (verdict.fired() && stoppedBy != null) {
                    String first = "'" + stoppedBy.name() + "'";
                    int priority = stoppedBy.priority();
                    verdict = new Verdict(rule, false, verdict.matchedKeyword(), new Reason("answered_by_earlier_rule",
                            "akan cocok, tetapi " + first + " (prioritas " + priority
                                    + ") menjawab lebih dulu dan tidak berlanjut ke aturan berikutnya",
                            "would match, but " + first + " (priority " + priority
                                    + ") answered first and does not continue to next rules"));
                } else if (verdict.fired() && !rule.definition().continueToNext()) {
                    stoppedBy = rule;
                }
            }
            verdicts.add(verdict);
        }
        return verdicts;
    }

    /** One rule alone, ignoring the others and its active flag: {@code POST /rules/:id/test}. */
    Verdict test(Rule rule, Situation situation, Limits limits) {
        int index = ordered.indexOf(rule);
        String[] matched = keywordHits(situation);
        return check(rule, index < 0 ? null : matched[index], situation, limits);
    }

    private String[] keywordHits(Situation situation) {
        String[] matched = new String[ordered.size()];
        keywords.match(Texts.normalise(situation.text()), matched);
        return matched;
    }

    private Verdict check(Rule rule, String keywordHit, Situation situation, Limits limits) {
        RuleDraft definition = rule.definition();
        String matchedKeyword = null;
        switch (rule.triggerType()) {
            case WELCOME -> {
                if (!welcomes(definition, situation)) {
                    Integer days = definition.welcomeAfterDays();
                    return Verdict.missed(rule, days == null
                            ? new Reason("not_first_message", "bukan pesan pertama pelanggan", "not the customer's first message")
                            : new Reason("not_first_message",
                                    "bukan pesan pertama pelanggan, juga bukan yang pertama setelah " + days + " hari",
                                    "not the customer's first message, nor the first after " + days + " days"));
                }
            }
            case KEYWORD -> {
                matchedKeyword = definition.matchType() == MatchType.REGEX ? find(rule, situation.text()) : keywordHit;
                if (matchedKeyword == null) {
                    String how = " (" + definition.matchType().code() + ")";
                    return Verdict.missed(rule, new Reason("no_keyword_matched", "tidak ada kata kunci yang cocok" + how,
                            "no keyword matched" + how));
                }
            }
            case PATTERN -> {
                matchedKeyword = find(rule, situation.text());
                if (matchedKeyword == null) {
                    return Verdict.missed(rule, new Reason("pattern_not_matched", "pola tidak cocok", "pattern did not match"));
                }
            }
            case TIME_BASED -> {
                OpeningHours open = hours.get(rule.id());
                if (open == null || open.isOpen(situation.at())) {
                    return Verdict.missed(rule, new Reason("within_working_hours", "masih dalam jam kerja", "within working hours"));
                }
            }
            case MENU_SELECTION -> {
                return Verdict.missed(rule, MENU_ONLY);
            }
        }
        String unmet = unmetCondition(definition.conditions(), situation);
        if (unmet != null) {
            return Verdict.missed(rule, new Reason("condition_not_met", "syarat " + unmet + " tidak terpenuhi",
                    "condition " + unmet + " not met"));
        }
        Reason refusal = limits.refusal(rule);
        if (refusal != null) {
            return Verdict.missed(rule, refusal);
        }
        return Verdict.fired(rule, matchedKeyword);
    }

    private static boolean welcomes(RuleDraft rule, Situation situation) {
        if (situation.firstMessage()) {
            return true;
        }
        Duration since = situation.sinceLastMessage();
        return rule.welcomeAfterDays() != null && since != null
                && since.compareTo(Duration.ofDays(rule.welcomeAfterDays())) >= 0;
    }

    private String find(Rule rule, String text) {
        String subject = text.strip();
        for (Pattern pattern : patterns.getOrDefault(rule.id(), List.of())) {
            Matcher matcher = pattern.matcher(subject);
            if (matcher.find()) {
                return matcher.group();
            }
        }
        return null;
    }

    /** @return the name of the first condition the situation does not meet, or null */
    static String unmetCondition(Conditions conditions, Situation situation) {
        if (conditions.isFirstMessage() != null && conditions.isFirstMessage() != situation.firstMessage()) {
            return "is_first_message";
        }
        if (conditions.hasOrderHistory() != null && conditions.hasOrderHistory() != situation.hasOrderHistory()) {
            return "has_order_history";
        }
        if (!conditions.customerTags().isEmpty()
                && conditions.customerTags().stream().noneMatch(tag -> situation.tags().contains(tag))) {
            return "customer_tags";
        }
        if (conditions.messageCountMin() != null && situation.messageCount() < conditions.messageCountMin()) {
            return "message_count_min";
        }
        if (conditions.messageCountMax() != null && situation.messageCount() > conditions.messageCountMax()) {
            return "message_count_max";
        }
        if (!conditions.messageTypes().isEmpty() && !conditions.messageTypes().contains(situation.messageType())) {
            return "message_types";
        }
        return null;
    }
}
