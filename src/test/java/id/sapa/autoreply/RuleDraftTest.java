package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.sapa.shared.TenantId;

/** A draft's unset fields take the documented defaults once it is saved. */
class RuleDraftTest {

    private static final RuleDraft BARE = new RuleDraft(" Harga ", null, TriggerType.KEYWORD, List.of("harga"), null, null,
            null, null, null, null, null, null, "Daftar harga", null, null, null, null, null, null, null, null, null, null,
            null, "  ", " ", null);

    @Test
    void unsetFieldsTakeTheDefaults() {
        RuleDraft saved = BARE.withDefaults(3);
        assertThat(saved.name()).isEqualTo("Harga");
        assertThat(saved.matchType()).isEqualTo(MatchType.CONTAINS);
        assertThat(saved.caseSensitive()).isFalse();
        assertThat(saved.wholeWord()).isFalse();
        assertThat(saved.conditions()).isEqualTo(Conditions.NONE);
        assertThat(saved.responseType()).isEqualTo(ResponseType.TEXT);
        assertThat(saved.priority()).isEqualTo(50);
        assertThat(saved.continueToNext()).isFalse();
        assertThat(saved.delaySeconds()).isEqualTo(3);
        assertThat(saved.isActive()).isTrue();
        assertThat(saved.templateName()).isNull();
        assertThat(saved.templateLanguage()).isNull();
        assertThat(saved.templateParameters()).isEmpty();
        assertThat(saved.withDefaults(9)).isEqualTo(saved);
    }

    @Test
    void aRuleHoldsItsDefinitionWithTheDefaultsApplied() {
        assertThatThrownBy(() -> new Rule(UUID.randomUUID(), TenantId.random(), BARE, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        Rule rule = new Rule(UUID.randomUUID(), TenantId.random(), BARE.withDefaults(0), null, null);
        assertThat(rule.priority()).isEqualTo(50);
        assertThat(rule.active()).isTrue();
        assertThat(rule.template()).isNull();
    }
}
