package id.sapa.message.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.contact.Contact;
import id.sapa.message.ContactMerges;
import id.sapa.shared.Actor;
import id.sapa.shared.ContactId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Joining two contacts who are one customer (here: it moves their messages, which this module owns). */
@RestController
@Tag(name = "Contacts")
class ContactMergeController {

    private final ContactMerges merges;

    ContactMergeController(ContactMerges merges) {
        this.merges = merges;
    }

    @PostMapping("/api/contacts/{id}/merge")
    @PreAuthorize("hasAuthority('SUPERVISE')")
    @Operation(summary = "Join another contact into this one: one customer known twice (supervisors and up)",
            description = "The other contact's conversation, messages, notes, tags and details become this one's, and "
                    + "it is deleted. 409 when the two have different WhatsApp numbers or accounts (two customers to "
                    + "WhatsApp); 404 for another business's contact.")
    Merged merge(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody MergeRequest request) {
        Contact kept = merges.join(actor, new ContactId(id),
                request.contactId() == null ? null : new ContactId(request.contactId()));
        return new Merged(true, kept.id().toString(), kept.name(), kept.whatsAppUser().e164());
    }

    record MergeRequest(UUID contactId) {
    }

    record Merged(boolean success, String id, String name, String phone) {
    }
}
