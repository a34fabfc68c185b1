package id.sapa.autoreply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/** What makes a rule fire (seed 002 table 5). {@link #MENU_SELECTION} rules are reached only through a menu option's {@code next_rule_id}. */
public enum TriggerType {
    WELCOME, KEYWORD, TIME_BASED, PATTERN, MENU_SELECTION;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static TriggerType fromCode(String code) {
        return Codes.parse(TriggerType.class, code);
    }
}
