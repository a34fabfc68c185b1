package id.sapa.channel.spi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/** The kinds of WhatsApp message Sapa stores (seed 002 table 3 and the providers' types). */
public enum MessageKind {
    TEXT, IMAGE, VIDEO, AUDIO, DOCUMENT, STICKER, LOCATION, CONTACTS, REACTION, INTERACTIVE, TEMPLATE, UNSUPPORTED,
    SYSTEM;

    public boolean isMedia() {
        return this == IMAGE || this == VIDEO || this == AUDIO || this == DOCUMENT || this == STICKER;
    }

    /**
     * Whether a message of this kind from a customer is the customer writing: a reaction to an
     * earlier message or a system notice is not (see {@code InboundMessage#written}).
     */
    public boolean writtenByCustomer() {
        return this != REACTION && this != SYSTEM;
    }

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static MessageKind fromCode(String code) {
        return Codes.parse(MessageKind.class, code);
    }
}
