package id.sapa.autoreply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/**
 * What a rule does when it fires: answer with a text, a template or a menu, or hand the
 * conversation to the team ({@link #FORWARD_TO_CS}, {@link #SMART_ROUTE}: agent mode, priority,
 * tag, the rule's operator or the unassigned queue), telling the customer. {@link #TEMPLATE} sends
 * the rule's {@code responseMessage} (variables filled) and records {@code responseTemplate}, the
 * name of the WhatsApp template or quick reply it stands for; sending an approved WhatsApp template
 * and taking the text from a quick reply are not done yet (the provider SPI has no template send,
 * and quick replies are a module of their own).
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
