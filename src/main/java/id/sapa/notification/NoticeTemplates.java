package id.sapa.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sapa.message.Notice;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.notification.NoticeTemplate.WhatsAppMapping;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.db.RecentRows;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.TenantLocale;

/**
 * The notice texts of each business: its own where it wrote one, else Sapa's default in its language;
 * and the WhatsApp template each type maps to. A text may name only its type's variables.
 */
@Component
public class NoticeTemplates {

    static final int MAX_TEXT = 1024;

    /** Read for every notice sent; another node's change is seen within this. */
    static final Duration FRESHNESS = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final RecentRows<TenantId, Map<NoticeType, Stored>> recent = new RecentRows<>(FRESHNESS);

    NoticeTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NoticeTemplate> list(Tenant tenant) {
        Map<NoticeType, Stored> stored = recent.get(tenant.id(), this::read);
        List<NoticeTemplate> all = new ArrayList<>();
        for (NoticeType type : NoticeType.values()) {
            Stored own = stored.getOrDefault(type, Stored.NONE);
            all.add(new NoticeTemplate(type, own.text() != null ? own.text() : NoticeTexts.defaultText(type, tenant.locale()),
                    own.text() != null, own.whatsApp()));
        }
        return all;
    }

    /** A type's row: the business's own text (null: Sapa's default) and its WhatsApp template, if mapped. */
    private record Stored(String text, WhatsAppMapping whatsApp) {

        static final Stored NONE = new Stored(null, null);
    }

    private Map<NoticeType, Stored> read(TenantId tenantId) {
        Map<NoticeType, Stored> stored = new EnumMap<>(NoticeType.class);
        jdbc.sql("SELECT * FROM notification_templates WHERE tenant_id = :tenantId")
                .param("tenantId", tenantId.value())
                .query((rs, row) -> {
                    String waName = rs.getString("wa_template_name");
                    WhatsAppMapping mapping = waName == null ? null : new WhatsAppMapping(waName,
                            rs.getString("wa_template_language"),
                            List.of((String[]) rs.getArray("wa_parameters").getArray()));
                    Stored own = new Stored(rs.getString("text"), mapping);
                    NoticeType.ofCode(rs.getString("type")).ifPresent(type -> stored.put(type, own));
                    return null;
                })
                .list();
        return Collections.unmodifiableMap(stored);
    }

    public NoticeTemplate get(Tenant tenant, NoticeType type) {
        return list(tenant).stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    /**
     * Stores the business's text and mapping for a type; a null text keeps Sapa's default.
     *
     * @throws ProblemException 400 naming {@code text} or {@code whatsApp.parameters} for a variable the type
     *                          does not have
     */
    public NoticeTemplate save(Tenant tenant, NoticeType type, String text, WhatsAppMapping whatsApp) {
        String cleaned = text == null || text.isBlank() ? null : text.strip();
        if (cleaned != null) {
            if (cleaned.length() > MAX_TEXT) {
                throw ProblemException.invalidField("text", FieldMessages.atMostCharacters(MAX_TEXT));
            }
            Set<String> unknown = unknownVariables(type, cleaned);
            if (!unknown.isEmpty()) {
                throw unknownVariable("text", type, unknown);
            }
        }
        if (whatsApp != null) {
            if (whatsApp.name() == null || whatsApp.name().isBlank()) {
                throw ProblemException.invalidField("whatsApp.name", FieldMessages.REQUIRED);
            }
            if (whatsApp.language() == null || whatsApp.language().isBlank()) {
                throw ProblemException.invalidField("whatsApp.language", FieldMessages.REQUIRED);
            }
            Set<String> unknown = new TreeSet<>(whatsApp.parameters());
            unknown.removeAll(type.allVariables());
            if (!unknown.isEmpty()) {
                throw unknownVariable("whatsApp.parameters", type, unknown);
            }
        }
        recent.forget();
        jdbc.sql("""
                INSERT INTO notification_templates (tenant_id, type, text, wa_template_name, wa_template_language,
                    wa_parameters, updated_at)
                VALUES (:tenantId, :type, :text, :name, :language, CAST(:parameters AS text[]), now())
                ON CONFLICT (tenant_id, type) DO UPDATE SET text = EXCLUDED.text,
                    wa_template_name = EXCLUDED.wa_template_name, wa_template_language = EXCLUDED.wa_template_language,
                    wa_parameters = EXCLUDED.wa_parameters, updated_at = now()
                """)
                .param("tenantId", tenant.id().value()).param("type", type.code()).param("text", cleaned)
                .param("name", whatsApp == null ? null : whatsApp.name().strip())
                .param("language", whatsApp == null ? null : whatsApp.language().strip())
                .param("parameters", whatsApp == null ? new String[0] : whatsApp.parameters().toArray(String[]::new))
                .update();
        return get(tenant, type);
    }

    /** Back to Sapa's default text, without a WhatsApp template. */
    public NoticeTemplate reset(Tenant tenant, NoticeType type) {
        recent.forget();
        jdbc.sql("DELETE FROM notification_templates WHERE tenant_id = :tenantId AND type = :type")
                .param("tenantId", tenant.id().value()).param("type", type.code())
                .update();
        return get(tenant, type);
    }

    /** The text a customer would read: {@code text} (or the stored one) with {@code values} filled in. */
    public String preview(Tenant tenant, NoticeType type, String text, Map<String, String> values) {
        String template = text == null || text.isBlank() ? get(tenant, type).text() : text;
        Set<String> unknown = unknownVariables(type, template);
        if (!unknown.isEmpty()) {
            throw unknownVariable("text", type, unknown);
        }
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("shopName", tenant.name());
        return NoticeTexts.render(template, all);
    }

    /** The notice to queue: its text, and its WhatsApp template for outside the window when mapped. */
    Notice notice(Tenant tenant, NoticeRequest request, String contactName) {
        Map<String, String> values = new HashMap<>();
        request.values().forEach((variable, raw) -> values.put(variable,
                NoticeValues.written(variable, raw, tenant.timezone(), tenant.locale())));
        values.putIfAbsent("shopName", tenant.name());
        if (contactName != null) {
            values.putIfAbsent("name", contactName);
        }
        values.putIfAbsent("name", tenant.locale() == TenantLocale.EN ? "there" : "Kak");
        if (request.customerId() != null) {
            values.putIfAbsent("customerId", request.customerId());
        }
        NoticeTemplate template = get(tenant, request.type());
        String text = request.message() != null ? request.message() : NoticeTexts.render(template.text(), values);
        TemplateRef outsideWindow = template.whatsApp() == null ? null : new TemplateRef(template.whatsApp().name(),
                template.whatsApp().language(), template.whatsApp().parameters().stream()
                        .map(variable -> Optional.ofNullable(values.get(variable)).filter(v -> !v.isBlank()).orElse("-"))
                        .toList());
        return new Notice(request.type().code(), text, outsideWindow);
    }

    /**
     * Why a notice of {@code type} cannot be made from its text alone, or null when it can: a request
     * without its own text or values (send, send-to-customer, a bulk row) fills only the customer's name,
     * the shop's name and the customer id it names, so a text needing an invoice, an amount or a date
     * would reach the customer with holes in it.
     */
    Text unfillable(Tenant tenant, NoticeType type, boolean withCustomerId) {
        Set<String> needed = new TreeSet<>();
        Matcher matcher = NoticeTexts.PLACEHOLDER.matcher(get(tenant, type).text());
        while (matcher.find()) {
            needed.add(matcher.group(1));
        }
        needed.removeAll(Set.of("name", "shopName"));
        if (withCustomerId) {
            needed.remove("customerId");
        }
        if (needed.contains("message")) {
            return FieldMessages.REQUIRED;
        }
        String variables = String.join(", ", needed);
        return needed.isEmpty() ? null
                : new Text("wajib diisi: teks " + type.code() + " memerlukan " + variables
                        + ", yang hanya dikirim oleh endpoint-nya sendiri",
                        "is required: the text of " + type.code() + " needs " + variables
                        + ", which only its own endpoint sends");
    }

    private static Set<String> unknownVariables(NoticeType type, String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = NoticeTexts.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!type.allVariables().contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    private static ProblemException unknownVariable(String field, NoticeType type, Set<String> unknown) {
        String allowed = String.join(", ", new TreeSet<>(type.allVariables()));
        return new ProblemException(ProblemType.VALIDATION, new Text(
                "Variabel tidak dikenal untuk " + type.code() + ": " + String.join(", ", unknown) + " (yang bisa dipakai: "
                        + allowed + ")",
                "Unknown variables for " + type.code() + ": " + String.join(", ", unknown) + " (allowed: " + allowed + ")"))
                .with("errors", List.of(new ProblemException.FieldError(field,
                        new Text("variabel tidak dikenal " + unknown, "unknown variables " + unknown))));
    }
}
