package id.sapa.autoreply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/**
 * What a rule does when it fires: answer with a text, a template or a menu, or hand the
 * conversation to the team ({@link #FORWARD_TO_CS}, {@link #SMART_ROUTE}: agent mode, priority,
 * tag, the rule's operator or the unassigned queue), telling the customer. {@link #TEMPLATE} sends
 * a team quick reply's text ({@code quickReplyId}, variables filled) or an approved WhatsApp
 * template as a template message ({@code templateName}, {@code templateLanguage},
 * {@code templateParameters} with the rule's variables filled); a {@link #MENU} goes to Cloud API
 * numbers as reply buttons or a list.
 */
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
