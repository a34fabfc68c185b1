package id.sapa.conversation;

import id.sapa.shared.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a conversation stands in the team's work. */
public enum ConversationStatus {
    ACTIVE, PENDING, RESOLVED, CLOSED, SPAM;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static ConversationStatus fromCode(String code) {
        return Codes.parse(ConversationStatus.class, code);
    }
}
