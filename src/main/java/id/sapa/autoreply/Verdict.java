package id.sapa.autoreply;

/**
 * What one rule made of a message.
 *
 * @param matchedKeyword the keyword or pattern text that matched, for keyword and pattern rules
 * @param reason         why it did not fire; null when it fired
 */
record Verdict(Rule rule, boolean fired, String matchedKeyword, Reason reason) {

    static Verdict fired(Rule rule, String matchedKeyword) {
        return new Verdict(rule, true, matchedKeyword, null);
    }

    static Verdict missed(Rule rule, Reason reason) {
        return new Verdict(rule, false, null, reason);
    }
}
