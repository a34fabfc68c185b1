package id.sapa.autoreply;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The auto-reply decision for one customer message against a tenant's rule set of 10, 100 or 1,000
 * keyword rules with 5 keywords each (mixed match types, whole-word and case options): Sapa's
 * compiled rule set (one Aho-Corasick automaton) against the loop seed 002 sketches (rules by
 * priority, each keyword checked in turn), on the same rules and messages. Run through
 * {@code id.sapa.bench.AutoReplyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionBenchmark {

    @Param({"10", "100", "1000"})
    public int rules;

    private CompiledRules compiled;
    private List<Rule> byPriority;
    private Situation[] messages;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        List<Rule> set = new ArrayList<>();
        MatchType[] types = {MatchType.CONTAINS, MatchType.CONTAINS, MatchType.EXACT, MatchType.STARTS_WITH, MatchType.ENDS_WITH};
        for (int i = 0; i < rules; i++) {
            List<String> keywords = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                keywords.add(word(random) + (k % 2 == 0 ? "" : " " + word(random)));
            }
            RuleDraft definition = new RuleDraft("rule " + i, null, TriggerType.KEYWORD, keywords,
                    types[i % types.length], i % 7 == 0, i % 3 == 0, null, null, null, null, ResponseType.TEXT,
                    "reply " + i, null, List.of(), null, null, random.nextInt(101), false, null, null, 0, true, null,
                    null, null, null);
            set.add(new Rule(java.util.UUID.randomUUID(), TestTenant.ID, definition, null,
                    new Rule.History(0, null, Instant.EPOCH.plusSeconds(i), Instant.EPOCH)));
        }
        compiled = CompiledRules.compile(set, ZoneId.of("Asia/Jakarta"));
        byPriority = set.stream().sorted(CompiledRules.ORDER).toList();
        // Realistic texts: most match nothing (a full scan); some carry a keyword of a low-priority rule.
        messages = new Situation[64];
        for (int m = 0; m < messages.length; m++) {
            String text = "Halo kak, " + word(random) + " " + word(random) + " masih ada? mau pesan " + (m + 1) + " ya, "
                    + word(random) + " dikirim ke Bandung";
            if (m % 4 == 0) {
                Rule low = byPriority.get(byPriority.size() - 1 - m % byPriority.size());
                text = text + " " + low.definition().keywords().get(m % 5);
            }
            messages[m] = new Situation(text, "text", Instant.parse("2026-11-24T05:00:00Z"), false, null, 3, false, List.of());
        }
    }

    private static String word(Random random) {
        int length = 4 + random.nextInt(6);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private Situation nextMessage() {
        next = (next + 1) & (messages.length - 1);
        return messages[next];
    }

    @Benchmark
    public Object compiled() {
        return compiled.decide(nextMessage(), Limits.NONE);
    }

    @Benchmark
    public Object naiveLoop() {
        return NaiveLoop.decide(byPriority, nextMessage().text());
    }

    /**
     * Seed 002's {@code evaluateRule}/{@code matchKeyword}: rules by priority, the text lowered per
     * rule, each keyword lowered and compared in turn; with Sapa's text normalisation (once per
     * message) and whole-word rule, so both answer the same.
     */
    static final class NaiveLoop {

        static Rule decide(List<Rule> rulesByPriority, String message) {
            String normal = Texts.normalise(message);
            for (Rule rule : rulesByPriority) {
                if (rule.active() && matches(rule.definition(), normal)) {
                    return rule;
                }
            }
            return null;
        }

        private static boolean matches(RuleDraft rule, String normal) {
            String text = rule.caseSensitive() ? normal : normal.toLowerCase(Locale.ROOT);
            for (String keyword : rule.keywords()) {
                // As the seed: each keyword lowered in turn (the benchmark's keywords need no other normalising).
                String key = rule.caseSensitive() ? keyword : keyword.toLowerCase(Locale.ROOT);
                boolean hit = switch (rule.matchType()) {
                    case EXACT -> text.equals(key);
                    case STARTS_WITH -> text.startsWith(key) && (!rule.wholeWord() || Texts.isWholeWord(text, 0, key.length() - 1));
                    case ENDS_WITH -> text.endsWith(key)
                            && (!rule.wholeWord() || Texts.isWholeWord(text, text.length() - key.length(), text.length() - 1));
                    case CONTAINS -> contains(text, key, rule.wholeWord());
                    case REGEX -> false;
                };
                if (hit) {
                    return true;
                }
            }
            return false;
        }

        private static boolean contains(String text, String key, boolean wholeWord) {
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                if (!wholeWord || Texts.isWholeWord(text, at, at + key.length() - 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Rules need a tenant; the decision never looks at it. */
    static final class TestTenant {
        static final id.sapa.shared.TenantId ID = id.sapa.shared.TenantId.random();
    }

    /** Both implementations agree on every benchmark message (checked before measuring). */
    public void verifyAgreement() {
        for (Situation message : messages) {
            var ours = compiled.decide(message, Limits.NONE);
            Rule theirs = NaiveLoop.decide(byPriority, message.text());
            String a = ours.isEmpty() ? null : ours.getFirst().rule().name();
            String b = theirs == null ? null : theirs.name();
            if (!java.util.Objects.equals(a, b)) {
                throw new IllegalStateException("decisions differ on '" + message.text() + "': " + a + " vs " + b);
            }
        }
    }
}
