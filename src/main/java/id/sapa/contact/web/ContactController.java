package id.sapa.contact.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.contact.Contact;
import id.sapa.contact.ContactDetails;
import id.sapa.contact.ContactQuery.SortBy;
import id.sapa.contact.ContactQuery.SortOrder;
import id.sapa.contact.ContactQuery;
import id.sapa.contact.Contacts;
import id.sapa.contact.CustomerIds;
import id.sapa.contact.Segment;
import id.sapa.contact.TagMode;
import id.sapa.shared.Actor;
import id.sapa.shared.Codes;
import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contacts", description = "The customers of the caller's business: profile, tags, segment, blocking, "
        + "opt-out")
class ContactController {

    private final Contacts contacts;

    ContactController(Contacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "List, search and filter contacts",
            description = "search matches a part of the name or e-mail in any case, or a part of the phone number in "
                    + "any spelling (0812-3456, +62 812 3456, 628123456). Repeat tag to require several tags.")
    ContactList list(@AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Size(max = ContactLimits.SEARCH) @Parameter(example = "0812") String search,
            @RequestParam(required = false) @Parameter(example = "reseller") List<String> tag,
            @RequestParam(required = false) @Parameter(schema = @Schema(implementation = Segment.class)) String segment,
            @RequestParam(required = false) Boolean blocked,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "" + ContactQuery.DEFAULT_LIMIT) @Min(1) @Max(ContactQuery.MAX_LIMIT) int limit,
            @RequestParam(required = false) @Parameter(schema = @Schema(implementation = SortBy.class)) String sortBy,
            @RequestParam(required = false) @Parameter(description = "default: asc for name, desc for times",
                    schema = @Schema(implementation = SortOrder.class)) String sortOrder) {
        var query = new ContactQuery(search, tag, code(Segment.class, "segment", segment), blocked,
                code(SortBy.class, "sortBy", sortBy), code(SortOrder.class, "sortOrder", sortOrder), page, limit);
        return ContactList.of(contacts.list(actor.tenantId(), query));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact")
    ContactResponse get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ContactResponse.of(contacts.get(actor.tenantId(), new ContactId(id)));
    }

    @PostMapping
    @Operation(summary = "Add a contact",
            description = "409 with the existing contactId when the business already has a contact with this number; "
                    + "409 naming customerId when another contact has the customer id.")
    ResponseEntity<ContactResponse> create(@AuthenticationPrincipal Actor actor,
            @Valid @RequestBody NewContactRequest request) {
        Contact contact = contacts.create(actor.tenantId(), request.phoneNumber(), request.details());
        return ResponseEntity.created(URI.create("/api/contacts/" + contact.id())).body(ContactResponse.of(contact));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a contact's name, e-mail, address, notes, tags, segment or customer id",
            description = "Fields left out stay as they are; a field sent as null is cleared. The phone number "
                    + "cannot be changed (400): a new number is a new contact.")
    ContactResponse update(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ContactPatch patch) {
        if (patch.changesPhone()) {
            throw ProblemException.invalidField("phone", new Text("tidak dapat diubah; tambahkan kontak baru untuk nomor baru",
                    "cannot be changed; add a new contact for a new number"));
        }
        return ContactResponse.of(contacts.update(actor.tenantId(), new ContactId(id), patch::applyTo));
    }

    @PostMapping("/{id}/tags")
    @Operation(summary = "Add, remove or replace a contact's tags",
            description = "Tags are trimmed and lower-cased; a contact has at most 30 tags of at most 50 characters.")
    ContactResponse tags(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @RequestBody TagsRequest request) {
        TagMode mode = request.mode() == null ? TagMode.ADD : request.mode();
        return ContactResponse.of(contacts.changeTags(actor.tenantId(), new ContactId(id), mode, request.tags()));
    }

    @PostMapping("/{id}/block")
    @PreAuthorize("hasAuthority('SUPERVISE')")
    @Operation(summary = "Block a contact (supervisor, admin, owner)",
            description = "Nothing more is sent to a blocked contact (sending answers 409); what they send is still kept.")
    ContactResponse block(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @RequestBody(required = false) BlockRequest request) {
        String reason = request == null ? null : request.reason();
        return ContactResponse.of(contacts.block(actor.tenantId(), new ContactId(id), reason));
    }

    @PostMapping("/{id}/unblock")
    @PreAuthorize("hasAuthority('SUPERVISE')")
    @Operation(summary = "Unblock a contact (supervisor, admin, owner)")
    ContactResponse unblock(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ContactResponse.of(contacts.unblock(actor.tenantId(), new ContactId(id)));
    }

    @PostMapping("/{id}/opt-out")
    @Operation(summary = "Record that the contact asked to receive no more messages from the business",
            description = "Opting out again keeps the time of the first opt-out (optedOutAt).")
    ContactResponse optOut(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ContactResponse.of(contacts.optOut(actor.tenantId(), new ContactId(id)));
    }

    @PostMapping("/{id}/opt-in")
    @Operation(summary = "Record that the contact agreed again to receive messages from the business")
    ContactResponse optIn(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ContactResponse.of(contacts.optIn(actor.tenantId(), new ContactId(id)));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('SUPERVISE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a contact (supervisor, admin, owner)",
            description = "Its conversations and messages stay, no longer linked to a contact.")
    void delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        contacts.delete(actor.tenantId(), new ContactId(id));
    }

    /** A lower-case code from the query string, refused by field name when it is not one of the allowed. */
    private static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Codes.parseField(type, value.strip(), field);
    }

    record NewContactRequest(
            @NotBlank @Size(max = ContactLimits.PHONE) @Schema(example = "0812-3456-7890") String phone,
            @Size(max = ContactLimits.NAME) @Schema(example = "Budi Santoso") String name,
            @Email @Size(max = ContactLimits.EMAIL) @Schema(example = "budi@example.com") String email,
            @Size(max = ContactLimits.ADDRESS) @Schema(example = "Jl. Melati 5, Bandung") String address,
            @Size(max = ContactLimits.NOTES) String notes,
            @Schema(example = "[\"reseller\", \"jakarta\"]") List<String> tags,
            Segment segment,
            @Schema(description = "the billing system's id of the customer: a string or a whole number, "
                    + "1 to 64 letters, digits or . _ : -, unique within the business",
                    example = "CUST-00123", types = {"string", "integer"}) Object customerId) {

        PhoneNumber phoneNumber() {
            return PhoneNumber.parseField(phone, "phone");
        }

        ContactDetails details() {
            return new ContactDetails(name, email, address, notes, tags, segment, CustomerIds.fromJson(customerId));
        }
    }

    record TagsRequest(
            @NotNull @Schema(example = "[\"vip\", \"jakarta\"]") List<String> tags,
            @Schema(description = "default add") TagMode mode) {
    }

    record BlockRequest(@Size(max = ContactLimits.BLOCKED_REASON) @Schema(example = "Spam") String reason) {
    }
}
