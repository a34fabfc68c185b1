package id.sapa.conversation;

import id.sapa.shared.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who wrote a message. Automation reacts only to {@link #CUSTOMER} messages. */
public enum SenderType {
    CUSTOMER, CS, SYSTEM, AUTO_REPLY, AI;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static SenderType fromCode(String code) {
        return Codes.parse(SenderType.class, code);
    }
}
