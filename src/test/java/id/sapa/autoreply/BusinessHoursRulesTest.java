package id.sapa.autoreply;

import static id.sapa.autoreply.TestRules.change;
import static id.sapa.autoreply.TestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sapa.shared.TenantId;
import id.sapa.tenant.BusinessHours;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.TenantLocale;

/** Time-based rules without hours of their own follow the tenant's business hours. */
class BusinessHoursRulesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Instant TUESDAY_NOON = Instant.parse("2026-11-24T05:00:00Z"); // 12:00 WIB
    private static final Instant TUESDAY_NIGHT = Instant.parse("2026-11-24T15:00:00Z"); // 22:00 WIB
    private static final Instant SUNDAY_NOON = Instant.parse("2026-11-29T05:00:00Z");

    private static Tenant tenant(BusinessHours hours) {
        return new Tenant(TenantId.random(), "Toko", JAKARTA, TenantLocale.ID, Map.of(), Instant.now(), hours);
    }

    private static boolean fires(Rule rule, Tenant tenant, Instant at) {
        Situation situation = new Situation("halo", "text", at, false, null, 3, false, List.of());
        return !RuleSets.compile(List.of(rule), tenant).decide(situation, Limits.NONE).isEmpty();
    }

    private static Rule outsideHours() {
        return rule("outside", TriggerType.TIME_BASED, 80, d -> d);
    }

    @Test
    void aRuleWithoutHoursFollowsTheDefaultBusinessHours() {
        Tenant tenant = tenant(null);
        assertThat(tenant.businessHours()).isEqualTo(BusinessHours.DEFAULT);

        assertThat(fires(outsideHours(), tenant, TUESDAY_NOON)).isFalse();
        assertThat(fires(outsideHours(), tenant, TUESDAY_NIGHT)).isTrue();
        assertThat(fires(outsideHours(), tenant, SUNDAY_NOON)).as("Sunday is closed by default").isTrue();
    }

    @Test
    void aRuleWithoutHoursFollowsTheTenantsOwnHoursOverMidnightAndHolidays() {
        Tenant nightShop = tenant(new BusinessHours("20:00", "02:00", null, List.of(2), null, List.of("2026-12-01")));

        assertThat(fires(outsideHours(), nightShop, TUESDAY_NOON)).isTrue();
        assertThat(fires(outsideHours(), nightShop, TUESDAY_NIGHT)).isFalse();
        assertThat(fires(outsideHours(), nightShop, Instant.parse("2026-11-24T18:30:00Z")))
                .as("01:30 on Wednesday is Tuesday's shift").isFalse();
        assertThat(fires(outsideHours(), nightShop, Instant.parse("2026-12-01T14:00:00Z")))
                .as("a holiday Tuesday").isTrue();
    }

    @Test
    void theBusinessHoursTimeZoneDefaultsToTheTenants() {
        Tenant bali = new Tenant(TenantId.random(), "Toko", ZoneId.of("Asia/Makassar"), TenantLocale.ID, Map.of(),
                Instant.now(), new BusinessHours("09:00", "17:00", null, List.of(), null, null));
        // 08:30 in Jakarta is 09:30 in Bali: open there.
        assertThat(fires(outsideHours(), bali, Instant.parse("2026-11-24T01:30:00Z"))).isFalse();
        Tenant jakarta = tenant(new BusinessHours("09:00", "17:00", null, List.of(), null, null));
        assertThat(fires(outsideHours(), jakarta, Instant.parse("2026-11-24T01:30:00Z"))).isTrue();
    }

    @Test
    void hoursOfTheRuleItselfWinOverTheBusinessHours() {
        Rule ownHours = rule("own", TriggerType.TIME_BASED, 80, d -> change(d, "workingHours",
                new WorkingHours("00:00", "00:00", null, List.of(), null, null)));
        Tenant closedOnTuesday = tenant(new BusinessHours("09:00", "17:00", null, List.of(1), null, null));

        assertThat(fires(outsideHours(), closedOnTuesday, TUESDAY_NOON)).isTrue();
        assertThat(fires(ownHours, closedOnTuesday, TUESDAY_NOON)).as("open all day by its own hours").isFalse();
    }

    @Test
    void otherTriggersAreNotTouchedByBusinessHours() {
        Rule welcome = rule("welcome", TriggerType.WELCOME, 80, d -> d);
        Situation first = new Situation("halo", "text", TUESDAY_NIGHT, true, null, 1, false, List.of());
        assertThat(RuleSets.compile(List.of(welcome), tenant(null)).decide(first, Limits.NONE)).hasSize(1);
    }

    @Test
    void aTimeBasedRuleMayLeaveOutItsHoursAndTheirFieldsAreCheckedLikeTheBusinessHours() {
        RuleDraft draft = new RuleDraft("Tutup", null, TriggerType.TIME_BASED, null, null, null, null, null, null, null,
                null, ResponseType.TEXT, "Kami tutup", null, null, null, null, 50, false, null, null, 0, true, null, null, null, null);
        RuleValidator.check(draft, null, context());

        var bad = change(draft, "workingHours", new WorkingHours("9", "17:00", "Mars/Base", List.of(8), null, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleValidator.check(bad, null, context()))
                .isInstanceOfSatisfying(id.sapa.shared.ProblemException.class, problem -> assertThat(
                        problem.properties().get("errors").toString())
                        .contains("workingHours.start", "workingHours.timezone", "workingHours.days"));
    }

    private static RuleValidator.Context context() {
        return new RuleValidator.Context() {
            @Override
            public boolean ruleExists(java.util.UUID id) {
                return false;
            }

            @Override
            public boolean userCanAnswerChats(java.util.UUID id) {
                return false;
            }

            @Override
            public java.util.Optional<Boolean> sharedQuickReplyActive(java.util.UUID id) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<id.sapa.channel.spi.WhatsAppTemplate> template(String name, String language) {
                return java.util.Optional.empty();
            }
        };
    }
}
