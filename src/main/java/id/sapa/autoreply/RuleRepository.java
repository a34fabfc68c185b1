package id.sapa.autoreply;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.Codes;
import id.sapa.shared.TenantId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rules and the per-tenant rule-set version. Every change of a rule moves the version. */
@Repository
class RuleRepository {

    private static final TypeReference<List<MenuOption>> OPTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Rule> all(TenantId tenantId) {
        return jdbc.sql("SELECT * FROM auto_reply_rules WHERE tenant_id = :tenantId ORDER BY priority DESC, created_at, id")
                .param("tenantId", tenantId.value())
                .query(this::map)
                .list();
    }

    Optional<Rule> find(TenantId tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM auto_reply_rules WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id)
                .query(this::map)
                .optional();
    }

    int count(TenantId tenantId) {
        return jdbc.sql("SELECT count(*) FROM auto_reply_rules WHERE tenant_id = :tenantId")
                .param("tenantId", tenantId.value()).query(Integer.class).single();
    }

    /** Names of the tenant's menus that offer the rule as a choice. */
    List<String> menusPointingTo(TenantId tenantId, UUID ruleId) {
        return jdbc.sql("""
                SELECT name FROM auto_reply_rules
                WHERE tenant_id = :tenantId AND menu_options @> CAST(:probe AS jsonb) ORDER BY name
                """)
                .param("tenantId", tenantId.value())
                .param("probe", json.writeValueAsString(List.of(Map.of("next_rule_id", ruleId.toString()))))
                .query(String.class).list();
    }

    void insert(TenantId tenantId, UUID id, RuleDraft draft, int defaultDelay, String preset) {
        jdbc.sql("""
                INSERT INTO auto_reply_rules (id, tenant_id, name, description, trigger_type, keywords, match_type,
                    case_sensitive, whole_word, working_hours, regex_pattern, conditions, welcome_after_days,
                    response_type, response_message, response_template, menu_options, route_to_cs_id, route_condition,
                    priority, continue_to_next, cooldown_minutes, max_triggers_per_day, delay_seconds, is_active, preset,
                    quick_reply_id, template_name, template_language, template_parameters, created_at)
                VALUES (:id, :tenantId, :name, :description, :triggerType, CAST(:keywords AS text[]), :matchType,
                    :caseSensitive, :wholeWord, CAST(:workingHours AS jsonb), :regexPattern, CAST(:conditions AS jsonb),
                    :welcomeAfterDays, :responseType, :responseMessage, :responseTemplate, CAST(:menuOptions AS jsonb),
                    :routeToCsId, :routeCondition, :priority, :continueToNext, :cooldownMinutes, :maxTriggersPerDay,
                    :delaySeconds, :isActive, :preset, :quickReplyId, :templateName, :templateLanguage,
                    CAST(:templateParameters AS jsonb), clock_timestamp())
                """)
                .params(columns(id, tenantId, draft, defaultDelay))
                .param("preset", preset)
                .update();
        bumpVersion(tenantId);
    }

    boolean update(TenantId tenantId, UUID id, RuleDraft draft, int defaultDelay) {
        boolean updated = jdbc.sql("""
                UPDATE auto_reply_rules SET name = :name, description = :description, trigger_type = :triggerType,
                    keywords = CAST(:keywords AS text[]), match_type = :matchType, case_sensitive = :caseSensitive,
                    whole_word = :wholeWord, working_hours = CAST(:workingHours AS jsonb), regex_pattern = :regexPattern,
                    conditions = CAST(:conditions AS jsonb), welcome_after_days = :welcomeAfterDays,
                    response_type = :responseType, response_message = :responseMessage,
                    response_template = :responseTemplate, menu_options = CAST(:menuOptions AS jsonb),
                    route_to_cs_id = :routeToCsId, route_condition = :routeCondition, priority = :priority,
                    continue_to_next = :continueToNext, cooldown_minutes = :cooldownMinutes,
                    max_triggers_per_day = :maxTriggersPerDay, delay_seconds = :delaySeconds, is_active = :isActive,
                    quick_reply_id = :quickReplyId, template_name = :templateName, template_language = :templateLanguage,
                    template_parameters = CAST(:templateParameters AS jsonb), updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .params(columns(id, tenantId, draft, defaultDelay))
                .update() == 1;
        if (updated) {
            bumpVersion(tenantId);
        }
        return updated;
    }

    boolean setActive(TenantId tenantId, UUID id, boolean active) {
        boolean updated = jdbc.sql("""
                UPDATE auto_reply_rules SET is_active = :active, updated_at = now() WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id).param("active", active)
                .update() == 1;
        if (updated) {
            bumpVersion(tenantId);
        }
        return updated;
    }

    boolean delete(TenantId tenantId, UUID id) {
        boolean deleted = jdbc.sql("DELETE FROM auto_reply_rules WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id)
                .update() == 1;
        if (deleted) {
            bumpVersion(tenantId);
        }
        return deleted;
    }

    /** Counts a reply the rule gave; not a change of the rule set. */
    void recordTrigger(TenantId tenantId, UUID id, Instant at) {
        jdbc.sql("""
                UPDATE auto_reply_rules SET total_triggered = total_triggered + 1,
                    last_triggered_at = GREATEST(last_triggered_at, :at)
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id).param("at", Timestamp.from(at))
                .update();
    }

    /** The tenant's rule-set version, or -1 when the tenant has not been given the presets yet. */
    long version(TenantId tenantId) {
        return jdbc.sql("""
                SELECT CASE WHEN presets_seeded_at IS NULL THEN -1 ELSE rules_version END
                FROM auto_reply_tenants WHERE tenant_id = :tenantId
                """)
                .param("tenantId", tenantId.value()).query(Long.class).optional().orElse(-1L);
    }

    /** Claims the one-time preset seeding for the tenant; true for the single caller that should seed. */
    boolean claimPresets(TenantId tenantId) {
        return jdbc.sql("""
                INSERT INTO auto_reply_tenants AS t (tenant_id, presets_seeded_at) VALUES (:tenantId, now())
                ON CONFLICT (tenant_id) DO UPDATE SET presets_seeded_at = now()
                    WHERE t.presets_seeded_at IS NULL
                """)
                .param("tenantId", tenantId.value()).update() == 1;
    }

    private void bumpVersion(TenantId tenantId) {
        jdbc.sql("""
                INSERT INTO auto_reply_tenants AS t (tenant_id, rules_version) VALUES (:tenantId, 1)
                ON CONFLICT (tenant_id) DO UPDATE SET rules_version = t.rules_version + 1
                """)
                .param("tenantId", tenantId.value()).update();
    }

    private Map<String, Object> columns(UUID id, TenantId tenantId, RuleDraft draft, int defaultDelay) {
        RuleDraft rule = draft.withDefaults(defaultDelay);
        var values = new java.util.HashMap<String, Object>();
        values.put("id", id);
        values.put("tenantId", tenantId.value());
        values.put("name", rule.name());
        values.put("description", rule.description());
        values.put("triggerType", rule.triggerType().code());
        values.put("keywords", rule.keywords().toArray(String[]::new));
        values.put("matchType", rule.matchType().code());
        values.put("caseSensitive", rule.caseSensitive());
        values.put("wholeWord", rule.wholeWord());
        values.put("workingHours", rule.workingHours() == null ? null : json.writeValueAsString(rule.workingHours()));
        values.put("regexPattern", rule.regexPattern());
        // No conditions are no row value, as a draft without them has always been stored.
        values.put("conditions", rule.conditions().equals(Conditions.NONE) ? null : json.writeValueAsString(rule.conditions()));
        values.put("welcomeAfterDays", rule.welcomeAfterDays());
        values.put("responseType", rule.responseType().code());
        values.put("responseMessage", rule.responseMessage());
        values.put("responseTemplate", rule.responseTemplate());
        values.put("menuOptions", json.writeValueAsString(rule.menuOptions()));
        values.put("routeToCsId", rule.routeToCsId());
        values.put("routeCondition", rule.routeCondition());
        values.put("priority", rule.priority());
        values.put("continueToNext", rule.continueToNext());
        values.put("cooldownMinutes", rule.cooldownMinutes());
        values.put("maxTriggersPerDay", rule.maxTriggersPerDay());
        values.put("delaySeconds", rule.delaySeconds());
        values.put("isActive", rule.isActive());
        values.put("quickReplyId", rule.quickReplyId());
        values.put("templateName", rule.templateName());
        values.put("templateLanguage", rule.templateLanguage());
        values.put("templateParameters", json.writeValueAsString(rule.templateParameters()));
        return values;
    }

    private Rule map(ResultSet rs, int row) throws SQLException {
        RuleDraft definition = new RuleDraft(
                rs.getString("name"),
                rs.getString("description"),
                Codes.parse(TriggerType.class, rs.getString("trigger_type")),
                strings(rs.getArray("keywords")),
                Codes.parse(MatchType.class, rs.getString("match_type")),
                rs.getBoolean("case_sensitive"),
                rs.getBoolean("whole_word"),
                rs.getString("working_hours") == null ? null : json.readValue(rs.getString("working_hours"), WorkingHours.class),
                rs.getString("regex_pattern"),
                rs.getString("conditions") == null ? null : json.readValue(rs.getString("conditions"), Conditions.class),
                (Integer) rs.getObject("welcome_after_days"),
                Codes.parse(ResponseType.class, rs.getString("response_type")),
                rs.getString("response_message"),
                rs.getString("response_template"),
                json.readValue(rs.getString("menu_options"), OPTIONS),
                rs.getObject("route_to_cs_id", UUID.class),
                rs.getString("route_condition"),
                rs.getInt("priority"),
                rs.getBoolean("continue_to_next"),
                (Integer) rs.getObject("cooldown_minutes"),
                (Integer) rs.getObject("max_triggers_per_day"),
                rs.getInt("delay_seconds"),
                rs.getBoolean("is_active"),
                rs.getObject("quick_reply_id", UUID.class),
                rs.getString("template_name"),
                rs.getString("template_language"),
                json.readValue(rs.getString("template_parameters"), STRINGS));
        return new Rule(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)), definition,
                rs.getString("preset"), new Rule.History(rs.getInt("total_triggered"),
                        instant(rs.getTimestamp("last_triggered_at")), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("updated_at"))));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
