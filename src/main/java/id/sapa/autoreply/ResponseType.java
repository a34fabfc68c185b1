package id.sapa.autoreply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/** What a rule does when it fires: answer with a text, a template body or a menu, or hand the conversation to the team ({@link #FORWARD_TO_CS}, {@link #SMART_ROUTE}), telling the customer. */
public enum ResponseType {
    TEXT, TEMPLATE, MENU, FORWARD_TO_CS, SMART_ROUTE;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static ResponseType fromCode(String code) {
        return Codes.parse(ResponseType.class, code);
    }
}
