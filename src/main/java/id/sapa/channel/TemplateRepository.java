package id.sapa.channel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.shared.TenantId;
import tools.jackson.databind.json.JsonMapper;

@Repository
class TemplateRepository {

    /** The {@code components} column: everything but the body. */
    record Parts(WhatsAppTemplate.Header header, String footer, List<WhatsAppTemplate.Button> buttons) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TemplateRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<WhatsAppTemplate> list(TenantId tenantId) {
        return jdbc.sql("SELECT * FROM whatsapp_templates WHERE tenant_id = :tenantId ORDER BY name, language")
                .param("tenantId", tenantId.value()).query(this::map).list();
    }

    Optional<WhatsAppTemplate> find(TenantId tenantId, String name, String language) {
        return jdbc.sql("SELECT * FROM whatsapp_templates WHERE tenant_id = :tenantId AND name = :name AND language = :language")
                .param("tenantId", tenantId.value()).param("name", name).param("language", language)
                .query(this::map).optional();
    }

    /** Makes the stored set equal to what the provider listed. */
    void replaceAll(TenantId tenantId, List<WhatsAppTemplate> templates, Instant now) {
        jdbc.sql("DELETE FROM whatsapp_templates WHERE tenant_id = :tenantId").param("tenantId", tenantId.value()).update();
        for (WhatsAppTemplate t : templates) {
            jdbc.sql("""
                    INSERT INTO whatsapp_templates (tenant_id, name, language, provider_template_id, category, status, body,
                        parameter_count, parameter_format, parameter_names, components, synced_at)
                    VALUES (:tenantId, :name, :language, :providerId, :category, :status, :body, :count, :format,
                        :names, CAST(:components AS jsonb), :now)
                    ON CONFLICT (tenant_id, name, language) DO NOTHING
                    """)
                    .param("tenantId", tenantId.value()).param("name", t.name()).param("language", t.language())
                    .param("providerId", t.providerTemplateId()).param("category", t.category())
                    .param("status", t.status()).param("body", t.body()).param("count", t.parameterCount())
                    .param("format", t.parameterFormat().code()).param("names", t.parameterNames().toArray(String[]::new))
                    .param("components", json.writeValueAsString(new Parts(t.header(), t.footer(), t.buttons())))
                    .param("now", Timestamp.from(now)).update();
        }
    }

    /** A status change Meta announced for a template of the business account's tenants. */
    int applyStatus(String businessAccountId, String name, String language, String status, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE whatsapp_templates SET status = :status, rejected_reason = :reason, synced_at = :now
                WHERE name = :name AND (CAST(:language AS text) IS NULL OR language = :language)
                  AND tenant_id IN (SELECT tenant_id FROM channels
                                    WHERE provider = 'cloud_api' AND settings ->> 'businessAccountId' = :waba)
                """)
                .param("status", status).param("reason", reason).param("now", Timestamp.from(now))
                .param("name", name).param("language", language).param("waba", businessAccountId).update();
    }

    int applyCategory(String businessAccountId, String name, String language, String category, Instant now) {
        return jdbc.sql("""
                UPDATE whatsapp_templates SET category = :category, synced_at = :now
                WHERE name = :name AND (CAST(:language AS text) IS NULL OR language = :language)
                  AND tenant_id IN (SELECT tenant_id FROM channels
                                    WHERE provider = 'cloud_api' AND settings ->> 'businessAccountId' = :waba)
                """)
                .param("category", category).param("now", Timestamp.from(now))
                .param("name", name).param("language", language).param("waba", businessAccountId).update();
    }

    private WhatsAppTemplate map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Parts parts = json.readValue(rs.getString("components"), Parts.class);
        return new WhatsAppTemplate(rs.getString("provider_template_id"), rs.getString("name"), rs.getString("language"),
                rs.getString("category"), rs.getString("status"), rs.getString("body"), rs.getInt("parameter_count"),
                parts.header(), parts.footer(), parts.buttons(),
                WhatsAppTemplate.ParameterFormat.fromCode(rs.getString("parameter_format")),
                List.of((String[]) rs.getArray("parameter_names").getArray()));
    }
}
