package id.sapa.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/** The group a business puts a customer in, for lists and targeted notices (seed 002). */
public enum Segment {
    VIP, REGULAR, NEW, INACTIVE;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static Segment fromCode(String code) {
        return Codes.parse(Segment.class, code);
    }
}
