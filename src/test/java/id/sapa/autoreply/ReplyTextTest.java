package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.sapa.tenant.TenantLocale;

class ReplyTextTest {

    private static final Instant AT = Instant.parse("2026-11-24T15:05:00Z"); // 22:05 WIB

    private static ReplyText.Recipient to(String name, TenantLocale locale) {
        return new ReplyText.Recipient(name, "+6281234567890", "Toko Maju", locale, ZoneId.of("Asia/Jakarta"), AT);
    }

    @Test
    void fillsEveryVariable() {
        String text = ReplyText.render("Halo {{name}} ({{first_name}}, {{phone}}) dari {{business_name}}: {{date}} {{time}}",
                to("Budi Santoso", TenantLocale.ID));
        assertThat(text).isEqualTo("Halo Budi Santoso (Budi, +6281234567890) dari Toko Maju: 24 November 2026 22:05");
    }

    @Test
    void anUnknownNameFallsBackPerLocale() {
        assertThat(ReplyText.render("Halo {{name}}, {{first_name}}!", to(null, TenantLocale.ID))).isEqualTo("Halo Pelanggan, Pelanggan!");
        assertThat(ReplyText.render("Hi {{ name }}", to(" ", TenantLocale.EN))).isEqualTo("Hi Customer");
    }

    @Test
    void unknownVariablesAndSpecialCharactersStay() {
        assertThat(ReplyText.render("{{order_id}} costs $5 \\o/", to("Ani", TenantLocale.ID))).isEqualTo("{{order_id}} costs $5 \\o/");
    }

    @Test
    void aMenuListsItsOptions() {
        String menu = ReplyText.menu("Pilih, {{name}}:", List.of(new MenuOption("1", "Produk", null, null, "x"),
                new MenuOption("2", "Bicara dengan CS", null, "forward_to_cs", null)), to("Ani", TenantLocale.ID));
        assertThat(menu).isEqualTo("Pilih, Ani:\n\n1. Produk\n2. Bicara dengan CS");
    }

    @Test
    void menuAnswersMatchKeyOrLabel() {
        List<MenuOption> options = List.of(new MenuOption("1", "Lihat Produk", null, null, "x"),
                new MenuOption("2", "Cek Harga", null, null, "y"));
        assertThat(MenuChoice.of(options, " 2. ")).map(MenuOption::key).contains("2");
        assertThat(MenuChoice.of(options, "cek harga!")).map(MenuOption::key).contains("2");
        assertThat(MenuChoice.of(options, "3")).isEmpty();
        assertThat(MenuChoice.of(options, null)).isEmpty();
    }
}
