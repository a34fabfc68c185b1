package id.sapa.autoreply;

import static id.sapa.autoreply.TestRules.change;
import static id.sapa.autoreply.TestRules.keyword;
import static id.sapa.autoreply.TestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompiledRulesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Instant NOON = Instant.parse("2026-11-24T05:00:00Z"); // 12:00 WIB, a Tuesday

    private static Situation says(String text) {
        return new Situation(text, "text", NOON, false, null, 3, false, List.of());
    }

    private static List<String> fired(List<Rule> rules, Situation situation) {
        return CompiledRules.compile(rules, JAKARTA).decide(situation, Limits.NONE).stream()
                .map(v -> v.rule().name()).toList();
    }

    private static String hit(Rule rule, String text) {
        List<Verdict> verdicts = CompiledRules.compile(List.of(rule), JAKARTA).decide(says(text), Limits.NONE);
        return verdicts.isEmpty() ? null : verdicts.getFirst().matchedKeyword();
    }

    @Test
    void exactIgnoresCaseSurroundingSpacesAndPunctuation() {
        Rule halo = keyword("halo", 50, MatchType.EXACT, "Halo");
        assertThat(hit(halo, "  halo!! ")).isEqualTo("Halo");
        assertThat(hit(halo, "HALO")).isEqualTo("Halo");
        assertThat(hit(halo, "halo kak")).isNull();
    }

    @Test
    void containsStartsWithEndsWith() {
        assertThat(hit(keyword("c", 50, MatchType.CONTAINS, "harga"), "berapa harganya?")).isEqualTo("harga");
        assertThat(hit(keyword("s", 50, MatchType.STARTS_WITH, "pesan"), "Pesan 2 ya")).isEqualTo("pesan");
        assertThat(hit(keyword("s", 50, MatchType.STARTS_WITH, "pesan"), "mau pesan")).isNull();
        assertThat(hit(keyword("e", 50, MatchType.ENDS_WITH, "terima kasih"), "oke, terima   kasih!")).isEqualTo("terima kasih");
        assertThat(hit(keyword("e", 50, MatchType.ENDS_WITH, "terima kasih"), "terima kasih ya")).isNull();
    }

    @Test
    void wholeWordKeepsHiOutOfHitam() {
        Rule hi = rule("hi", TriggerType.KEYWORD, 50,
                d -> change(TestRules.with(d, List.of("hi"), MatchType.CONTAINS), "wholeWord", true));
        assertThat(hit(hi, "ada yang hitam?")).isNull();
        assertThat(hit(hi, "hi, ada yang hitam?")).isEqualTo("hi");
        assertThat(hit(keyword("loose", 50, MatchType.CONTAINS, "hi"), "ada yang hitam?")).isEqualTo("hi");
    }

    @Test
    void caseSensitiveKeywordsMatchOnlyTheirCase() {
        Rule promo = rule("promo", TriggerType.KEYWORD, 50,
                d -> change(TestRules.with(d, List.of("PROMO"), MatchType.CONTAINS), "caseSensitive", true));
        assertThat(hit(promo, "ada PROMO?")).isEqualTo("PROMO");
        assertThat(hit(promo, "ada promo?")).isNull();
    }

    @Test
    void regexKeywordsAndPatternsRunInRe2() {
        assertThat(hit(keyword("order", 50, MatchType.REGEX, "inv-\\d{4}"), "cek INV-2026 dong")).isEqualTo("INV-2026");
        Rule pattern = rule("resi", TriggerType.PATTERN, 50, d -> change(d, "regexPattern", "\\b\\d{12}\\b"));
        assertThat(hit(pattern, "resi 123456789012")).isEqualTo("123456789012");
        assertThat(hit(pattern, "resi 1234")).isNull();
        // A pattern that backtracks exponentially elsewhere finishes at once here.
        Rule evil = rule("evil", TriggerType.PATTERN, 50, d -> change(d, "regexPattern", "(a+)+$"));
        assertThat(hit(evil, "a".repeat(5000) + "!")).isNull();
    }

    @Test
    void higherPriorityWinsAndStopsUnlessItContinues() {
        Rule low = keyword("low", 10, MatchType.CONTAINS, "harga");
        Rule high = keyword("high", 90, MatchType.CONTAINS, "harga");
        assertThat(fired(List.of(low, high), says("harga?"))).containsExactly("high");

        Rule continuing = rule("continuing", TriggerType.KEYWORD, 90,
                d -> change(TestRules.with(d, List.of("harga"), MatchType.CONTAINS), "continueToNext", true));
        assertThat(fired(List.of(low, continuing), says("harga?"))).containsExactly("continuing", "low");
    }

    @Test
    void equalPrioritiesAnswerInCreationOrder() {
        Rule first = keyword("first", 50, MatchType.CONTAINS, "harga");
        Rule second = keyword("second", 50, MatchType.CONTAINS, "harga");
        assertThat(fired(List.of(second, first), says("harga"))).containsExactly("first");
    }

    @Test
    void inactiveAndMenuSelectionRulesDoNotAnswerOrdinaryMessages() {
        Rule off = rule("off", TriggerType.KEYWORD, 90,
                d -> change(TestRules.with(d, List.of("harga"), MatchType.CONTAINS), "isActive", false));
        Rule menuOnly = rule("menu only", TriggerType.MENU_SELECTION, 80, d -> d);
        Rule on = keyword("on", 10, MatchType.CONTAINS, "harga");
        assertThat(fired(List.of(off, menuOnly, on), says("harga"))).containsExactly("on");
    }

    @Test
    void welcomeGreetsTheFirstMessageAndAReturnAfterItsDays() {
        Rule welcome = rule("welcome", TriggerType.WELCOME, 50, d -> change(d, "welcomeAfterDays", 30));
        Situation first = new Situation("halo", "text", NOON, true, null, 1, false, List.of());
        Situation soon = new Situation("halo", "text", NOON, false, Duration.ofDays(2), 5, false, List.of());
        Situation back = new Situation("halo", "text", NOON, false, Duration.ofDays(31), 5, false, List.of());
        assertThat(fired(List.of(welcome), first)).containsExactly("welcome");
        assertThat(fired(List.of(welcome), soon)).isEmpty();
        assertThat(fired(List.of(welcome), back)).containsExactly("welcome");
    }

    @Test
    void timeBasedAnswersOutsideWorkingHoursOnly() {
        Rule closed = rule("closed", TriggerType.TIME_BASED, 50,
                d -> change(d, "workingHours", new WorkingHours("08:00", "17:00", null, List.of(1, 2, 3, 4, 5), null, null)));
        assertThat(fired(List.of(closed), says("halo"))).isEmpty();
        Situation night = new Situation("halo", "text", Instant.parse("2026-11-24T15:00:00Z"), false, null, 3, false, List.of());
        assertThat(fired(List.of(closed), night)).containsExactly("closed");
    }

    @Test
    void conditionsNarrowARule() {
        Rule vipImages = rule("vip images", TriggerType.KEYWORD, 50, d -> change(TestRules.with(d, List.of("foto"),
                MatchType.CONTAINS), "conditions", new Conditions(null, true, List.of("vip"), 2, 10, List.of("image"))));
        Situation ok = new Situation("foto ini", "image", NOON, false, null, 3, true, List.of("vip"));
        assertThat(fired(List.of(vipImages), ok)).containsExactly("vip images");
        assertThat(fired(List.of(vipImages), new Situation("foto ini", "text", NOON, false, null, 3, true, List.of("vip")))).isEmpty();
        assertThat(fired(List.of(vipImages), new Situation("foto ini", "image", NOON, false, null, 3, false, List.of("vip")))).isEmpty();
        assertThat(fired(List.of(vipImages), new Situation("foto ini", "image", NOON, false, null, 3, true, List.of("new")))).isEmpty();
        assertThat(fired(List.of(vipImages), new Situation("foto ini", "image", NOON, false, null, 1, true, List.of("vip")))).isEmpty();
        assertThat(fired(List.of(vipImages), new Situation("foto ini", "image", NOON, false, null, 11, true, List.of("vip")))).isEmpty();
        Rule firstOnly = rule("first only", TriggerType.KEYWORD, 50, d -> change(TestRules.with(d, List.of("halo"),
                MatchType.CONTAINS), "conditions", new Conditions(true, null, null, null, null, null)));
        assertThat(fired(List.of(firstOnly), says("halo"))).isEmpty();
    }

    @Test
    void limitsRefuseARuleAndTheNextOneAnswers() {
        Rule high = keyword("high", 90, MatchType.CONTAINS, "harga");
        Rule low = keyword("low", 10, MatchType.CONTAINS, "harga");
        List<Verdict> verdicts = CompiledRules.compile(List.of(high, low), JAKARTA)
                .decide(says("harga"), rule -> rule == high ? new Reason("cooling_down", "masa jeda", "cooling down") : null);
        assertThat(verdicts).extracting(v -> v.rule().name()).containsExactly("low");
    }

    @Test
    void explainSaysWhyEachRuleDidNotAnswer() {
        Rule complaint = keyword("complaint", 100, MatchType.CONTAINS, "rusak");
        Rule price = keyword("price", 50, MatchType.CONTAINS, "harga");
        Rule alsoPrice = keyword("also price", 40, MatchType.CONTAINS, "harga");
        List<Verdict> verdicts = CompiledRules.compile(List.of(complaint, price, alsoPrice), JAKARTA)
                .explain(says("harga?"), Limits.NONE);
        assertThat(verdicts).extracting(v -> v.rule().name(), Verdict::fired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("complaint", false),
                        org.assertj.core.groups.Tuple.tuple("price", true),
                        org.assertj.core.groups.Tuple.tuple("also price", false));
        assertThat(verdicts.get(0).reason().code()).isEqualTo("no_keyword_matched");
        assertThat(verdicts.get(0).reason().text().english()).contains("no keyword matched");
        assertThat(verdicts.get(2).reason().code()).isEqualTo("answered_by_earlier_rule");
        assertThat(verdicts.get(2).reason().text().english()).contains("would match").contains("'price'");
        assertThat(verdicts.get(2).reason().text().indonesian()).contains("akan cocok").contains("'price'");
    }
}
