package id.sapa.autoreply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.sapa.shared.TenantId;

/**
 * A tenant's auto-reply rule (seed 002 table 5): its definition as saved, where it came from and how
 * it has been used. The definition's fields live in {@link RuleDraft} only; the few the engine reads
 * on every message have shortcuts here.
 *
 * @param definition what the rule is and does, its defaults applied ({@link RuleDraft#withDefaults(int)})
 * @param preset     the built-in preset it started as ({@code welcome}, {@code complaint} …), or null
 */
public record Rule(UUID id, TenantId tenantId, RuleDraft definition, String preset, History history) {

    public Rule {
        if (definition.delaySeconds() == null) {
            throw new IllegalArgumentException("A saved rule's definition has its defaults applied");
        }
        definition = definition.withDefaults(definition.delaySeconds());
    }

    /**
     * When the rule was written and changed, and how often and when it last answered.
     */
    public record History(int totalTriggered, Instant lastTriggeredAt, Instant createdAt, Instant updatedAt) {
    }

    public String name() {
        return definition.name();
    }

    public TriggerType triggerType() {
        return definition.triggerType();
    }

    public ResponseType responseType() {
        return definition.responseType();
    }

    public int priority() {
        return definition.priority();
    }

    public boolean active() {
        return definition.isActive();
    }

    /** The reply still holds a preset's example where the shop's own words belong (it cannot be switched on). */
    public boolean needsOwnText() {
        return Presets.holdsExampleText(definition.responseMessage());
    }

    /** What a {@code template} response sends, or null when the rule names neither a quick reply nor a template. */
    public TemplateResponse template() {
        return definition.quickReplyId() == null && definition.templateName() == null ? null
                : new TemplateResponse(definition.quickReplyId(), definition.templateName(), definition.templateLanguage(),
                        definition.templateParameters());
    }

    /**
     * What a {@code template} response sends: a quick reply the team shares, or an approved WhatsApp
     * template with its body values (the rule's variables filled in at send time).
     */
    public record TemplateResponse(UUID quickReplyId, String name, String language, List<String> parameters) {

        public TemplateResponse {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }
    }
}
