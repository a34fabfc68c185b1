package id.sapa.conversation;

import id.sapa.shared.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How urgently a conversation needs an answer. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static Priority fromCode(String code) {
        return Codes.parse(Priority.class, code);
    }
}
