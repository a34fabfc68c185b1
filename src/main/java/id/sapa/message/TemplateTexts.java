package id.sapa.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.sapa.channel.WhatsAppTemplates;
import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.message.OutgoingMessage.HeaderValue;
import id.sapa.message.OutgoingMessage.NamedValue;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;

/** Checks a template send against the tenant's registry and renders the text the inbox shows for it. */
final class TemplateTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");

    private TemplateTexts() {
    }

    /** A template send that passed the registry: the text the inbox shows and what the send job sends. */
    record Checked(String text, TemplateRef template) {
    }

    /**
     * Checks every part against the registry: the body's values (as many as it has {@code {{n}}}
     * placeholders, or one per name for a named template), the header's value (its text, a media
     * link or a place, by the header's format) and the buttons' values (a dynamic URL suffix for
     * each such button, payloads only for quick replies). Missing and extra values are refused
     * alike, naming the field.
     */
    static Checked check(WhatsAppTemplates templates, TenantId tenantId, TemplateRef ref) {
        WhatsAppTemplate template = templates.find(tenantId, ref.name(), ref.language())
                .orElseThrow(() -> ProblemException.invalidField("template.name", new Text(
                        "tidak ada template '" + ref.name() + "' dalam bahasa '" + ref.language()
                                + "'; sinkronkan dengan POST /api/whatsapp/templates/sync",
                        "no template '" + ref.name() + "' in language '" + ref.language()
                                + "'; sync them with POST /api/whatsapp/templates/sync")));
        if (!template.approved()) {
            throw ProblemException.invalidField("template.name", new Text(
                    "template '" + ref.name() + "' berstatus " + template.status() + "; hanya template yang disetujui yang bisa dikirim",
                    "template '" + ref.name() + "' is " + template.status() + "; only approved templates can be sent"));
        }
        List<NamedValue> named = TemplateParts.body(template, ref.parameters(), ref.namedParameters());
        HeaderValue header = TemplateParts.header(template, ref.header());
        TemplateParts.buttons(template, ref.buttons());
        String text = template.named()
                ? fill(template.body(), named.stream().collect(Collectors.toMap(NamedValue::name, NamedValue::value)))
                : render(template.body(), ref.parameters());
        return new Checked(text, new TemplateRef(ref.name(), ref.language(), ref.parameters(), header, ref.buttons(), named));
    }

    /** Placeholders take the parameters in the order they first appear ({{1}}, {{2}} or named ones). */
    static String render(String body, List<String> parameters) {
        if (body == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find() && values.size() < parameters.size()) {
            values.putIfAbsent(m.group(1), parameters.get(values.size()));
        }
        return fill(body, values);
    }

    /** Each placeholder takes the value of its name; one without a value stays as it is. */
    static String fill(String body, Map<String, String> values) {
        if (body == null) {
            return null;
        }
        return PLACEHOLDER.matcher(body)
                .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }
}
