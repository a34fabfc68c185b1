package id.sapa.channel.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.channel.WhatsAppTemplates;
import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/whatsapp/templates")
@Tag(name = "WhatsApp", description = "Link, unlink and watch the business's WhatsApp number")
class TemplateController {

    private final WhatsAppTemplates templates;

    TemplateController(WhatsAppTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "The business's message templates",
            description = "As last synced from the WhatsApp Business Account and updated by Meta's status notices. "
                    + "Only approved templates can be sent, the only messages allowed outside the 24-hour window.")
    TemplateList list(@AuthenticationPrincipal Actor actor) {
        return TemplateList.of(templates.list(actor.tenantId()));
    }

    @PostMapping("/sync")
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Read the templates from the WhatsApp Business Account again",
            description = "409 when the number is not on the Cloud API or Meta refuses.")
    TemplateList sync(@AuthenticationPrincipal Actor actor) {
        return TemplateList.of(templates.sync(actor.tenantId()));
    }

    record TemplateList(List<TemplateView> data) {
        static TemplateList of(List<WhatsAppTemplate> templates) {
            return new TemplateList(templates.stream().map(TemplateView::of).toList());
        }
    }

    /**
     * @param parameterFormat {@code positional} ({@code {{1}}}: a send gives {@code parameters} in order) or
     *                        {@code named} ({@code {{first_name}}}: a send gives {@code namedParameters} by name)
     * @param parameterNames  the body's placeholder names of a named template, in the order they appear
     * @param header          the header's format and text, with how many text values it takes and, in a named
     *                        template, the name of its one placeholder ({@code null}: no header)
     * @param buttons         the buttons by index; a {@code url} button with {@code parameterCount} 1 takes its URL suffix
     */
    record TemplateView(String name, String language, String category, String status, String body,
            @Schema(allowableValues = {"positional", "named"}) String parameterFormat, int parameterCount,
            @Schema(example = "[\"first_name\", \"order_number\"]") List<String> parameterNames,
            WhatsAppTemplate.Header header, String footer, List<WhatsAppTemplate.Button> buttons) {
        static TemplateView of(WhatsAppTemplate t) {
            return new TemplateView(t.name(), t.language(), t.category(), t.status(), t.body(),
                    t.parameterFormat().code(), t.parameterCount(), t.parameterNames(), t.header(), t.footer(), t.buttons());
        }
    }
}
