package id.sapa.operator;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An operator's presence, as the team and the assignment logic see it. */
public enum OperatorStatus {
    ONLINE, AWAY, BUSY, OFFLINE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static OperatorStatus fromCode(String code) {
        for (OperatorStatus value : values()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown status '" + code + "'; expected online, away, busy or offline");
    }
}
