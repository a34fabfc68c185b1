package id.sapa.contact;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/** How tags sent for a contact combine with the tags it has. */
public enum TagMode {
    ADD, REMOVE, REPLACE;

    /** The contact's tags after the change; both lists are already normalised. */
    List<String> apply(List<String> current, List<String> given) {
        return switch (this) {
            case ADD -> Stream.concat(current.stream(), given.stream()).distinct().toList();
            case REMOVE -> current.stream().filter(tag -> !given.contains(tag)).toList();
            case REPLACE -> given;
        };
    }

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static TagMode fromCode(String code) {
        return Codes.parse(TagMode.class, code);
    }
}
