package id.sapa.autoreply;

import id.sapa.shared.Text;

/**
 * Why a rule did not answer, or why the automation stays quiet: a stable {@code code} for programs
 * (the rule tester's {@code reasonCode}) and the words for people in both of Sapa's languages.
 */
record Reason(String code, Text text) {

    Reason(String code, String indonesian, String english) {
        this(code, new Text(indonesian, english));
    }
}
