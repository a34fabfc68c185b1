package id.sapa.notification.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.notification.NoticeTemplate;
import id.sapa.notification.NoticeTemplate.WhatsAppMapping;
import id.sapa.notification.NoticeTemplates;
import id.sapa.notification.NoticeType;
import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/notifications/templates")
@Tag(name = "Notifications", description = "Billing notices to the business's customers (seed 004)")
class NoticeTemplateController {

    private final NoticeTemplates templates;
    private final Tenants tenants;

    NoticeTemplateController(NoticeTemplates templates, Tenants tenants) {
        this.templates = templates;
        this.tenants = tenants;
    }

    /**
     * @param variables the values the text may name, as {@code {{name}}}
     */
    record TemplateView(NoticeType type, String text, boolean custom, List<String> variables, WhatsAppMapping whatsApp) {

        static TemplateView of(NoticeTemplate template) {
            List<String> variables = new java.util.ArrayList<>(List.of("name", "shopName", "customerId"));
            variables.addAll(template.type().variables());
            return new TemplateView(template.type(), template.text(), template.custom(), variables, template.whatsApp());
        }
    }

    @GetMapping
    @Operation(summary = "Each notice type's text (the business's own or the default) and its WhatsApp template")
    List<TemplateView> list(@AuthenticationPrincipal Actor actor) {
        return templates.list(tenant(actor)).stream().map(TemplateView::of).toList();
    }

    record SaveRequest(@Size(max = 1024) @Schema(example = "Halo {{name}}, pembayaran {{invoiceId}} sebesar {{amount}} sudah kami terima.") String text,
            @Schema(description = "the approved WhatsApp template sent outside the 24-hour window; null for none")
            WhatsAppMapping whatsApp) {
    }

    @PutMapping("/{type}")
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Write a notice type's text and WhatsApp template",
            description = "400 naming `text` or `whatsApp.parameters` for a variable the type does not have.")
    TemplateView save(@AuthenticationPrincipal Actor actor, @PathVariable String type,
            @Valid @RequestBody SaveRequest request) {
        return TemplateView.of(templates.save(tenant(actor), type(type), request.text(), request.whatsApp()));
    }

    @DeleteMapping("/{type}")
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Back to Sapa's default text, without a WhatsApp template")
    TemplateView reset(@AuthenticationPrincipal Actor actor, @PathVariable String type) {
        return TemplateView.of(templates.reset(tenant(actor), type(type)));
    }

    record PreviewRequest(@Size(max = 1024) String text, Map<String, String> values) {
    }

    record PreviewResponse(String text) {
    }

    @PostMapping("/{type}/preview")
    @Operation(summary = "The text a customer would read, with example values where none are given")
    PreviewResponse preview(@AuthenticationPrincipal Actor actor, @PathVariable String type,
            @Valid @RequestBody(required = false) PreviewRequest request) {
        NoticeType notice = type(type);
        Map<String, String> values = new java.util.HashMap<>(NoticeExamples.of(notice));
        if (request != null && request.values() != null) {
            values.putAll(request.values());
        }
        return new PreviewResponse(templates.preview(tenant(actor), notice, request == null ? null : request.text(),
                values));
    }

    private Tenant tenant(Actor actor) {
        return tenants.get(actor.tenantId());
    }

    private static NoticeType type(String code) {
        return NoticeType.ofCode(code).orElseThrow(() -> ProblemException.notFound(new Text("Jenis notifikasi", "Notice type"), code));
    }
}
