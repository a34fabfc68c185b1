package id.sapa.autoreply;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.quickreply.ExampleText;
import id.sapa.shared.TenantId;
import id.sapa.tenant.TenantLocale;

/**
 * The rules every tenant starts with (seed 002 "rule examples library"), written in the tenant's
 * language, given once — on the tenant's first use of auto-reply, so tenants created before this
 * module get them too — and freely editable afterwards. None continues to the next rules, so one
 * customer message gets one automatic answer. Those that need the shop's own words (its hours, its
 * address, its prices) start off, holding an example in brackets that the shop replaces before the
 * rule can be switched on: a real customer never reads "[write your prices here]".
 */
@Component
class Presets {

    /** Complaint words in both languages: Indonesian customers often write "refund" or "urgent". */
    static final List<String> COMPLAINT_WORDS = List.of("komplain", "complain", "complaint", "kecewa", "rusak", "refund",
            "urgent", "mendesak", "tidak puas", "gak puas", "penipuan", "barang cacat", "salah kirim", "disappointed",
            "broken", "damaged");

    private final RuleRepository rules;
    private final TransactionTemplate transaction;

    Presets(RuleRepository rules, TransactionTemplate transaction) {
        this.rules = rules;
        this.transaction = transaction;
    }

    /** Gives the tenant the presets unless it already had them; safe to call from many threads. */
    void ensure(TenantId tenantId, TenantLocale locale, int defaultDelay) {
        transaction.executeWithoutResult(status -> {
            if (rules.claimPresets(tenantId)) {
                for (Preset preset : forLocale(locale)) {
                    rules.insert(tenantId, UUID.randomUUID(), preset.draft(), defaultDelay, preset.name());
                }
            }
        });
    }

    record Preset(String name, RuleDraft draft) {
    }

    /** Whether {@code text} still holds a preset's example where the shop's own words belong. */
    static boolean holdsExampleText(String text) {
        return ExampleText.in(text);
    }

    static List<Preset> forLocale(TenantLocale locale) {
        boolean en = locale == TenantLocale.EN;
        return List.of(
                new Preset("complaint", new RuleDraft(en ? "Complaint → customer service" : "Komplain → CS",
                        en ? "Complaints go straight to the team with high priority and the complaint tag"
                                : "Komplain langsung diteruskan ke tim CS dengan prioritas tinggi dan tag complaint",
                        TriggerType.KEYWORD, COMPLAINT_WORDS, MatchType.CONTAINS, false, false, null, null, null, null,
                        ResponseType.FORWARD_TO_CS,
                        en ? "We're sorry for the trouble, {{name}}. Your message has been passed to our customer service team, who will reply shortly."
                                : "Mohon maaf atas ketidaknyamanannya, Kak {{name}}. Pesan Anda sudah kami teruskan ke tim CS dan akan segera kami tangani.",
                        null, null, null, "complaint", 100, false, null, null, 0, true, null, null, null, null)),
                new Preset("welcome", new RuleDraft(en ? "Welcome" : "Sambutan",
                        en ? "Greets a customer's first message" : "Menyapa pesan pertama pelanggan",
                        TriggerType.WELCOME, null, null, null, null, null, null, null, 30, ResponseType.TEXT,
                        en ? "Hello {{name}}! 👋 Welcome to {{business_name}}. How can we help you today?"
                                : "Halo Kak {{name}}! 👋 Selamat datang di {{business_name}}. Ada yang bisa kami bantu?",
                        null, null, null, null, 90, false, null, null, null, true, null, null, null, null)),
                new Preset("outside_hours", new RuleDraft(en ? "Outside working hours" : "Di luar jam kerja",
                        en ? "Tells customers writing outside working hours when the team is back"
                                : "Memberi tahu pelanggan yang menulis di luar jam kerja kapan tim kembali",
                        TriggerType.TIME_BASED, null, null, null, null,
                        // No hours of its own: it follows the business hours set with the tenant.
                        null, null, null, null,
                        ResponseType.TEXT,
                        en ? "Hello {{name}}, thank you for writing to {{business_name}}. We're outside working hours now; we'll reply as soon as we're back."
                                : "Halo Kak {{name}}, terima kasih sudah menghubungi {{business_name}}. Saat ini di luar jam kerja kami; pesan Anda akan kami balas segera setelah kami buka.",
                        // Above the welcome: at night a new customer's one answer says when the team is back.
                        null, null, null, null, 95, false, 120, null, null, true, null, null, null, null)),
                ownWordsPreset(en, "opening_hours", en ? "Opening hours" : "Jam buka",
                        en ? List.of("opening hours", "open", "close", "hours") : List.of("jam buka", "buka", "tutup", "jam operasional", "jam kerja"),
                        en ? "{{business_name}} is open [write your days and hours here]."
                                : "{{business_name}} buka [tulis hari dan jam buka Anda di sini]."),
                ownWordsPreset(en, "location", en ? "Location" : "Lokasi",
                        en ? List.of("location", "address", "where are you", "maps") : List.of("lokasi", "alamat", "dimana", "di mana", "maps"),
                        en ? "You can find {{business_name}} at: [write your address and a Google Maps link here]."
                                : "Alamat {{business_name}}: [tulis alamat dan tautan Google Maps Anda di sini]."),
                ownWordsPreset(en, "price", en ? "Prices" : "Harga",
                        en ? List.of("price", "prices", "how much", "cost", "pricelist") : List.of("harga", "berapa", "pricelist", "price list", "ongkir"),
                        en ? "Thanks for asking, {{name}}! Our price list: [write your prices here]."
                                : "Terima kasih sudah bertanya, Kak {{name}}! Daftar harga kami: [tulis daftar harga Anda di sini]."));
    }

    /** A keyword answer that only the shop can write: off, saying so, until its example is replaced. */
    private static Preset ownWordsPreset(boolean en, String preset, String name, List<String> keywords, String response) {
        String description = en ? "Off until you replace the text in [brackets] with your own, then switch it on"
                : "Nonaktif sampai teks dalam [kurung] Anda ganti dengan teks Anda sendiri, lalu aktifkan";
        return new Preset(preset, new RuleDraft(name, description, TriggerType.KEYWORD, keywords, MatchType.CONTAINS, false,
                true, null, null, null, null, ResponseType.TEXT, response, null, null, null, null, 50, false, null, null,
                null, false, null, null, null, null));
    }
}
