package id.sapa.autoreply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import id.sapa.shared.TenantId;

/** Builds rules for plain tests the way the repository reads them back. */
final class TestRules {

    static final TenantId TENANT = TenantId.random();
    private static int created;

    private TestRules() {
    }

    static Rule keyword(String name, int priority, MatchType type, String... keywords) {
        return rule(name, TriggerType.KEYWORD, priority, d -> with(d, List.of(keywords), type));
    }

    static Rule rule(String name, TriggerType trigger, int priority, UnaryOperator<RuleDraft> edit) {
        RuleDraft draft = edit.apply(new RuleDraft(name, null, trigger, null, MatchType.CONTAINS, false, false, null, null,
                null, null, ResponseType.TEXT, "reply of " + name, null, null, null, null, priority, false, null, null,
                0, true, null, null, null, null));
        return of(draft);
    }

    static Rule of(RuleDraft d) {
        return new Rule(UUID.randomUUID(), TENANT, d.withDefaults(2), null,
                new Rule.History(0, null, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(created++), Instant.now()));
    }

    static RuleDraft with(RuleDraft d, List<String> keywords, MatchType type) {
        return change(change(d, "keywords", keywords), "matchType", type);
    }

    /** Copies a draft with some components changed by name, for tests of one field at a time. */
    static RuleDraft change(RuleDraft d, String field, Object value) {
        var components = RuleDraft.class.getRecordComponents();
        Object[] args = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                args[i] = components[i].getName().equals(field) ? value : components[i].getAccessor().invoke(d);
            }
            Class<?>[] types = java.util.Arrays.stream(components).map(java.lang.reflect.RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            return RuleDraft.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
