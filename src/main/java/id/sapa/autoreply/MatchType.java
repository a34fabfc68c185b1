package id.sapa.autoreply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/** How a keyword rule's keywords are compared with the customer's text. */
public enum MatchType {
    EXACT, CONTAINS, STARTS_WITH, ENDS_WITH, REGEX;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static MatchType fromCode(String code) {
        return Codes.parse(MatchType.class, code);
    }
}
