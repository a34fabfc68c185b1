package id.sapa.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.sapa.channel.WhatsAppTemplates;
import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.message.OutgoingMessage.HeaderValue;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;

/** Checks a template send against the tenant's registry and renders the text the inbox shows for it. */
final class TemplateTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");

    private TemplateTexts() {
    }

    /** A template send that passed the registry: the text the inbox shows and what the send job sends. */
    record Checked(String text, TemplateRef template) {
    }

    /** The body with the parameters filled in; 400 naming the field when the template cannot be sent. */
    static String checkedRender(WhatsAppTemplates templates, TenantId tenantId, TemplateRef ref) {
        return check(templates, tenantId, ref).text();
    }

    /**
     * Checks every part against the registry: the body's parameter count, the header's value (its
     * text, a media link or a place, by the header's format) and the buttons' values (a dynamic URL
     * suffix for each such button, payloads only for quick replies). Missing and extra values are
     * refused alike, naming the field.
     */
    static Checked check(WhatsAppTemplates templates, TenantId tenantId, TemplateRef ref) {
        WhatsAppTemplate template = templates.find(tenantId, ref.name(), ref.language())
                .orElseThrow(() -> ProblemException.invalidField("template.name", "no template '" + ref.name()
                        + "' in language '" + ref.language() + "'; sync them with POST /api/whatsapp/templates/sync"));
        if (!template.approved()) {
            throw ProblemException.invalidField("template.name", "template '" + ref.name() + "' is " + template.status()
                    + "; only approved templates can be sent");
        }
        if (ref.parameters().size() != template.parameterCount()) {
            throw ProblemException.invalidField("template.parameters", "template '" + ref.name() + "' takes "
                    + template.parameterCount() + " parameters; " + ref.parameters().size() + " given");
        }
        HeaderValue header = TemplateParts.header(template, ref.header());
        TemplateParts.buttons(template, ref.buttons());
        return new Checked(render(template.body(), ref.parameters()),
                new TemplateRef(ref.name(), ref.language(), ref.parameters(), header, ref.buttons()));
    }

    /** Placeholders take the parameters in the order they first appear ({{1}}, {{2}} or named ones). */
    static String render(String body, List<String> parameters) {
        if (body == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            if (!values.containsKey(key) && values.size() < parameters.size()) {
                values.put(key, parameters.get(values.size()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(key, m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
