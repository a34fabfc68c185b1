package id.sapa.contact.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;

import id.sapa.contact.ContactDetails;
import id.sapa.contact.CustomerIds;
import id.sapa.contact.Segment;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A JSON merge patch (RFC 7396) of a contact's details: a field left out stays as it is, a field sent
 * as {@code null} is cleared. A record cannot tell "left out" from "null" (Jackson gives both the same
 * value), so this is a class whose setters note which fields were sent.
 */
@Schema(description = "Fields left out stay as they are; a field sent as null is cleared. The phone number cannot be changed.")
final class ContactPatch {

    private final Set<String> sent = new HashSet<>();

    @JsonProperty
    @Size(max = ContactLimits.NAME)
    @Schema(example = "Budi Santoso")
    private String name;

    @JsonProperty
    @Email
    @Size(max = ContactLimits.EMAIL)
    @Schema(example = "budi@example.com")
    private String email;

    @JsonProperty
    @Size(max = ContactLimits.ADDRESS)
    private String address;

    @JsonProperty
    @Size(max = ContactLimits.NOTES)
    private String notes;

    @JsonProperty
    @Schema(example = "[\"reseller\", \"jakarta\"]")
    private List<String> tags;

    @JsonProperty
    private Segment segment;

    @JsonProperty
    @Schema(description = "a string or a whole number; null removes it", example = "CUST-00123",
            types = {"string", "integer"})
    private Object customerId;

    @JsonSetter("name")
    void name(String name) {
        this.name = name;
        sent.add("name");
    }

    @JsonSetter("email")
    void email(String email) {
        this.email = email;
        sent.add("email");
    }

    @JsonSetter("address")
    void address(String address) {
        this.address = address;
        sent.add("address");
    }

    @JsonSetter("notes")
    void notes(String notes) {
        this.notes = notes;
        sent.add("notes");
    }

    @JsonSetter("tags")
    void tags(List<String> tags) {
        this.tags = tags;
        sent.add("tags");
    }

    @JsonSetter("segment")
    void segment(Segment segment) {
        this.segment = segment;
        sent.add("segment");
    }

    @JsonSetter("customerId")
    void customerId(Object customerId) {
        this.customerId = customerId;
        sent.add("customerId");
    }

    /** Only noted, so the controller can refuse it by name instead of silently ignoring it. */
    @JsonSetter("phone")
    void phone(Object phone) {
        sent.add("phone");
    }

    boolean changesPhone() {
        return sent.contains("phone");
    }

    ContactDetails applyTo(ContactDetails current) {
        return new ContactDetails(
                sent.contains("name") ? name : current.name(),
                sent.contains("email") ? email : current.email(),
                sent.contains("address") ? address : current.address(),
                sent.contains("notes") ? notes : current.notes(),
                sent.contains("tags") ? tags : current.tags(),
                sent.contains("segment") ? segment : current.segment(),
                sent.contains("customerId") ? CustomerIds.fromJson(customerId) : current.customerId());
    }
}
