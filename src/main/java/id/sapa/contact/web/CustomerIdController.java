package id.sapa.contact.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.contact.Contacts;
import id.sapa.contact.UpsertedContact;
import id.sapa.shared.Actor;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The business's billing system finds and syncs contacts by its own customer ids. */
@RestController
@RequestMapping("/api/contacts/by-customer-id/{customerId}")
@Tag(name = "Contacts")
class CustomerIdController {

    private final Contacts contacts;

    CustomerIdController(Contacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "The contact the billing system knows by this customer id")
    ContactResponse get(@AuthenticationPrincipal Actor actor,
            @PathVariable @Parameter(example = "CUST-00123") String customerId) {
        return contacts.findByCustomerId(actor.tenantId(), customerId).map(ContactResponse::of)
                .orElseThrow(() -> ProblemException.notFound(new Text("Kontak dengan ID pelanggan", "Contact with customer id"), customerId));
    }

    @PutMapping
    @Operation(summary = "Add or update the contact the billing system knows by this customer id",
            description = "The contact with this customer id takes the number and name; else the contact with "
                    + "this number takes the customer id; else a contact is added (201). A name left out keeps "
                    + "the contact's name. 409 naming phone when the number belongs to another contact that has "
                    + "another customer id, or to any other contact once this customer id has one.")
    ResponseEntity<ContactResponse> upsert(@AuthenticationPrincipal Actor actor,
            @PathVariable @Parameter(example = "CUST-00123") String customerId,
            @Valid @RequestBody UpsertRequest request) {
        UpsertedContact upserted = contacts.upsertByCustomerId(actor.tenantId(), customerId,
                PhoneNumber.parseField(request.phone(), "phone"), request.name());
        ContactResponse body = ContactResponse.of(upserted.contact());
        if (upserted.created()) {
            return ResponseEntity.created(URI.create("/api/contacts/" + body.id())).body(body);
        }
        return ResponseEntity.ok(body);
    }

    record UpsertRequest(
            @NotBlank @Size(max = ContactLimits.PHONE) @Schema(example = "0812-3456-7890") String phone,
            @Size(max = ContactLimits.NAME) @Schema(example = "Budi Santoso") String name) {
    }
}
