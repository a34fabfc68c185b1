package id.sapa.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sapa.shared.ProblemException;
import id.sapa.tenant.TenantLocale;

/** When notices may go, on a clock the test sets, and how their values read. */
class NoticeSettingsTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final ZoneId MAKASSAR = ZoneId.of("Asia/Makassar");
    static final NoticeSettings NIGHTS = new NoticeSettings(null, LocalTime.of(21, 0), LocalTime.of(7, 0));

    @Test
    void aNoticeAtNightWaitsUntilTheMorningInTheBusinesssZone() {
        // 22:30 in Jakarta is 15:30 UTC.
        Instant lateEvening = Instant.parse("2026-12-03T15:30:00Z");
        assertThat(NIGHTS.earliest(lateEvening, JAKARTA, day -> 0)).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        // 05:00 the next morning: the same day's 07:00.
        assertThat(NIGHTS.earliest(Instant.parse("2026-12-03T22:00:00Z"), JAKARTA, day -> 0))
                .isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        // 22:30 UTC is 06:30 in Makassar (WITA): half an hour to wait, not the Jakarta answer.
        assertThat(NIGHTS.earliest(Instant.parse("2026-12-03T22:30:00Z"), MAKASSAR, day -> 0))
                .isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));
    }

    @Test
    void duringTheDayANoticeGoesAtOnce() {
        Instant noon = Instant.parse("2026-12-03T05:00:00Z");
        assertThat(NIGHTS.earliest(noon, JAKARTA, day -> 0)).isEqualTo(noon);
        assertThat(NoticeSettings.NONE.earliest(noon, JAKARTA, day -> 1_000_000)).isEqualTo(noon);
    }

    @Test
    void aFullDayWaitsForTheNextOneAndItsQuietHoursToo() {
        NoticeSettings capped = new NoticeSettings(100, LocalTime.of(21, 0), LocalTime.of(7, 0));
        LocalDate today = LocalDate.of(2026, 12, 3);
        Instant afternoon = Instant.parse("2026-12-03T08:00:00Z");

        assertThat(capped.earliest(afternoon, JAKARTA, day -> day.equals(today) ? 99 : 0)).isEqualTo(afternoon);
        // Full today: tomorrow's midnight is in the quiet hours, so tomorrow 07:00.
        assertThat(capped.earliest(afternoon, JAKARTA, day -> day.equals(today) ? 100 : 0))
                .isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void quietHoursWithinOneDay() {
        NoticeSettings lunch = new NoticeSettings(null, LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.earliest(Instant.parse("2026-12-03T05:30:00Z"), JAKARTA, day -> 0))
                .isEqualTo(Instant.parse("2026-12-03T06:00:00Z"));
        assertThat(lunch.earliest(Instant.parse("2026-12-03T06:00:00Z"), JAKARTA, day -> 0))
                .isEqualTo(Instant.parse("2026-12-03T06:00:00Z"));
    }

    @Test
    void settingsThatMakeNoSenseNameTheirField() {
        assertThatThrownBy(() -> new NoticeSettings(0, null, null)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("dailyCap");
        assertThatThrownBy(() -> new NoticeSettings(null, LocalTime.NOON, null)).hasMessageContaining("quietEnd");
        assertThatThrownBy(() -> new NoticeSettings(null, LocalTime.NOON, LocalTime.NOON)).hasMessageContaining("quietEnd");
    }

    @Test
    void valuesReadAsRupiahAndDatesInTheBusinesssLanguage() {
        assertThat(NoticeValues.rupiah(new BigDecimal("100000"))).isEqualTo("Rp 100.000");
        assertThat(NoticeValues.rupiah(new BigDecimal("1250000.5"))).isEqualTo("Rp 1.250.000,5");
        assertThat(NoticeValues.written("dueDate", "2026-12-05", JAKARTA, TenantLocale.ID)).isEqualTo("5 Desember 2026");
        assertThat(NoticeValues.written("dueDate", "2026-12-05", JAKARTA, TenantLocale.EN)).isEqualTo("5 December 2026");
        // 20:00 UTC on the 4th is already the 5th in Jakarta.
        assertThat(NoticeValues.written("expiresAt", "2026-12-04T20:00:00Z", JAKARTA, TenantLocale.ID))
                .isEqualTo("5 Desember 2026");
        assertThatThrownBy(() -> NoticeValues.written("dueDate", "besok", JAKARTA, TenantLocale.ID))
                .hasMessageContaining("dueDate");
        assertThat(NoticeValues.written("invoiceId", "INV-7", JAKARTA, TenantLocale.ID)).isEqualTo("INV-7");
    }

    @Test
    void aMissingValueLeavesNoHoleInTheText() {
        assertThat(NoticeTexts.render("Tagihan {{invoiceId}} {{description}} — {{shopName}}",
                Map.of("invoiceId", "INV-7", "shopName", "Toko"))).isEqualTo("Tagihan INV-7 — Toko");
        assertThat(NoticeTexts.render("Halo {{ name }}, tagihan {{invoiceId}} sudah lunas.", Map.of("name", "Sari")))
                .isEqualTo("Halo Sari, tagihan sudah lunas.");
    }
}
