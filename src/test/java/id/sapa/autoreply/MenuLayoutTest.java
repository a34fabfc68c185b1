package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.sapa.message.Interactive;
import id.sapa.tenant.TenantLocale;

class MenuLayoutTest {

    private static MenuOption option(String key, String label) {
        return new MenuOption(key, label, null, null, "ok");
    }

    @Test
    void upToThreeShortOptionsAreReplyButtonsNamedByTheirKeys() {
        Interactive menu = MenuLayout.of("Pilih layanan:", List.of(option("1", "Cek Harga"), option("2", "Lokasi"),
                option("3", "Bicara dengan CS")), TenantLocale.ID);

        assertThat(menu.type()).isEqualTo("button");
        assertThat(menu.body()).isEqualTo("Pilih layanan:");
        assertThat(menu.buttons()).containsExactly(new Interactive.Choice("1", "Cek Harga"),
                new Interactive.Choice("2", "Lokasi"), new Interactive.Choice("3", "Bicara dengan CS"));
    }

    @Test
    void moreOptionsOrALongLabelMakeAListWithLongTitlesCutAndWhollyUnderneath() {
        String longLabel = "Lokasi toko dan jam buka kami";
        Interactive four = MenuLayout.of("Pilih:", List.of(option("1", "A"), option("2", "B"), option("3", "C"),
                option("4", "D")), TenantLocale.EN);
        Interactive longOne = MenuLayout.of("Pilih:", List.of(option("1", "Harga"), option("2", longLabel)), TenantLocale.ID);

        assertThat(four.type()).isEqualTo("list");
        assertThat(four.buttonLabel()).isEqualTo("Choose");
        assertThat(four.sections()).singleElement().satisfies(section -> assertThat(section.rows()).hasSize(4));
        assertThat(longOne.type()).isEqualTo("list");
        assertThat(longOne.buttonLabel()).isEqualTo("Pilih");
        Interactive.Row row = longOne.sections().getFirst().rows().get(1);
        assertThat(row.id()).isEqualTo("2");
        assertThat(row.title()).isEqualTo("Lokasi toko dan jam buk…").hasSize(24);
        assertThat(row.description()).isEqualTo(longLabel);
        assertThat(longOne.sections().getFirst().rows().getFirst().description()).isNull();
    }

    @Test
    void anIntroTooLongForButtonsMakesAListAndTooLongForAListStaysText() {
        List<MenuOption> two = List.of(option("1", "Ya"), option("2", "Tidak"));

        assertThat(MenuLayout.of("x".repeat(1500), two, TenantLocale.ID).type()).isEqualTo("list");
        assertThat(MenuLayout.of("x".repeat(5000), two, TenantLocale.ID)).isNull();
        assertThat(MenuLayout.of(" ", two, TenantLocale.ID)).isNull();
    }

    @Test
    void aLabelLongerThanARowDescriptionIsCutThereToo() {
        String label = "Pertanyaan tentang pengiriman, retur, penukaran barang, dan garansi resmi toko kami";

        Interactive menu = MenuLayout.of("Pilih:", List.of(option("1", label)), TenantLocale.ID);

        Interactive.Row row = menu.sections().getFirst().rows().getFirst();
        assertThat(row.description()).hasSize(72).endsWith("…");
        assertThat(menu.valid()).isTrue();
    }

    @Test
    void tenOptionsAreTheMostAList() {
        List<MenuOption> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> option(String.valueOf(i), "Pilihan " + i)).toList();

        assertThat(MenuLayout.of("Pilih:", ten, TenantLocale.ID).sections().getFirst().rows()).hasSize(10);
    }

    @Test
    void aTappedButtonOrRowNamesItsOptionByKeyAndTypedAnswersStillWork() {
        List<MenuOption> options = List.of(option("1", "Cek Harga"), option("2", "Lokasi toko dan jam buka kami"));

        assertThat(MenuChoice.of(options, "Lokasi toko dan jam buk…", "2")).contains(options.get(1));
        assertThat(MenuChoice.of(options, "Cek Harga", null)).contains(options.get(0));
        assertThat(MenuChoice.of(options, "2", null)).contains(options.get(1));
        assertThat(MenuChoice.of(options, "Cek Harga", "not-an-option")).contains(options.get(0));
        assertThat(MenuChoice.of(options, "apa ya", "9")).isEmpty();
    }
}
