package id.sapa.conversation;

import id.sapa.shared.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who answers (seed 003): the automation, a human agent, or nobody for now. */
public enum ChatMode {
    BOT, AGENT, PAUSED;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static ChatMode fromCode(String code) {
        return Codes.parse(ChatMode.class, code);
    }
}
