package id.sapa.operator;

import id.sapa.shared.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An operator's presence, as the team and the assignment logic see it. */
public enum OperatorStatus {
    ONLINE, AWAY, BUSY, OFFLINE;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static OperatorStatus fromCode(String code) {
        return Codes.parse(OperatorStatus.class, code);
    }
}
