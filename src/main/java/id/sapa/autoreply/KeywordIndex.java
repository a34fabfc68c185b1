package id.sapa.autoreply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ahocorasick.trie.PayloadTrie;

/**
 * Every plain keyword of a tenant's rules in two Aho-Corasick automatons (one over case-folded
 * text, one over the text as written), so a message is scanned once whatever the number of rules.
 * Each hit is then checked against its rule's match type and whole-word option.
 */
final class KeywordIndex {

    /** One keyword of one rule, by the rule's position in the compiled rule list. */
    private record Entry(int rule, String keyword, MatchType type, boolean wholeWord) {
    }

    private final PayloadTrie<List<Entry>> folded;
    private final PayloadTrie<List<Entry>> exactCase;
    private final boolean anyFolded;
    private final boolean anyExactCase;

    private KeywordIndex(Map<String, List<Entry>> foldedKeywords, Map<String, List<Entry>> exactCaseKeywords) {
        this.folded = build(foldedKeywords);
        this.exactCase = build(exactCaseKeywords);
        this.anyFolded = !foldedKeywords.isEmpty();
        this.anyExactCase = !exactCaseKeywords.isEmpty();
    }

    static KeywordIndex of(List<Rule> rules) {
        Map<String, List<Entry>> folded = new HashMap<>();
        Map<String, List<Entry>> exactCase = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleDraft rule = rules.get(i).definition();
            if (rule.triggerType() != TriggerType.KEYWORD || rule.matchType() == MatchType.REGEX) {
                continue;
            }
            for (String keyword : rule.keywords()) {
                String normal = Texts.normalise(keyword);
                if (normal.isEmpty()) {
                    continue;
                }
                Entry entry = new Entry(i, keyword, rule.matchType(), rule.wholeWord());
                if (rule.caseSensitive()) {
                    exactCase.computeIfAbsent(normal, k -> new ArrayList<>(1)).add(entry);
                } else {
                    folded.computeIfAbsent(Texts.fold(normal), k -> new ArrayList<>(1)).add(entry);
                }
            }
        }
        return new KeywordIndex(folded, exactCase);
    }

    /**
     * Marks, for each rule position, the first of its keywords the text matches.
     *
     * @param normalised the customer's text after {@link Texts#normalise}
     * @param matched    one slot per rule position; filled where still empty
     */
    void match(String normalised, String[] matched) {
        if (anyFolded) {
            scan(folded, Texts.fold(normalised), matched);
        }
        if (anyExactCase) {
            scan(exactCase, normalised, matched);
        }
    }

    private static void scan(PayloadTrie<List<Entry>> trie, String text, String[] matched) {
        int last = text.length() - 1;
        trie.parseText(text, emit -> {
            int start = emit.getStart();
            int end = emit.getEnd();
            for (Entry entry : emit.getPayload()) {
                if (matched[entry.rule()] == null && fits(entry, text, start, end, last)) {
                    matched[entry.rule()] = entry.keyword();
                }
            }
            return true;
        });
    }

    private static boolean fits(Entry entry, String text, int start, int end, int last) {
        boolean placed = switch (entry.type()) {
            case EXACT -> start == 0 && end == last;
            case STARTS_WITH -> start == 0;
            case ENDS_WITH -> end == last;
            case CONTAINS -> true;
            case REGEX -> false;
        };
        return placed && (!entry.wholeWord() || Texts.isWholeWord(text, start, end));
    }

    private static PayloadTrie<List<Entry>> build(Map<String, List<Entry>> keywords) {
        PayloadTrie.PayloadTrieBuilder<List<Entry>> builder = PayloadTrie.builder();
        keywords.forEach((keyword, entries) -> builder.addKeyword(keyword, List.copyOf(entries)));
        return builder.build();
    }
}
