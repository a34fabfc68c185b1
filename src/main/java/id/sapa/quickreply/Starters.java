package id.sapa.quickreply;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.shared.TenantId;
import id.sapa.tenant.TenantLocale;
import id.sapa.tenant.Tenants;

/**
 * The quick replies a shop starts with, in its language, given once — on the shop's first look at its
 * quick replies, as the auto-reply presets are, so the language is the one the shop chose by then and
 * shops that never had a quick reply get them too — and freely editable or deletable afterwards. A
 * starter that needs the shop's own facts (its bank account) starts off, holding a bracketed example
 * that must be replaced before it can be switched on (see {@link ExampleText}): no customer is ever
 * sent "[tulis nomor rekening Anda di sini]".
 */
@Component
class Starters {

    private final QuickReplyRepository repository;
    private final Tenants tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** The tenants known to have had their starters, so a list does not ask the database again. */
    private final Set<TenantId> given = ConcurrentHashMap.newKeySet();

    Starters(QuickReplyRepository repository, Tenants tenants, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.tenants = tenants;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Gives the tenant its starters unless it already had them; safe from many threads and nodes. */
    void ensure(TenantId tenantId) {
        if (given.contains(tenantId)) {
            return;
        }
        TenantLocale locale = tenants.get(tenantId).locale();
        transaction.executeWithoutResult(status -> {
            if (repository.claimStarters(tenantId)) {
                for (QuickReplyDraft starter : forLocale(locale)) {
                    repository.insertStarter(tenantId, UUID.randomUUID(), starter, clock.instant());
                }
            }
        });
        given.add(tenantId);
    }

    static List<QuickReplyDraft> forLocale(TenantLocale locale) {
        boolean en = locale == TenantLocale.EN;
        String greetings = en ? "Greetings" : "Salam";
        String orders = en ? "Orders" : "Pesanan";
        return List.of(
                starter("/halo", en ? "Greeting" : "Salam pembuka", greetings,
                        en ? "Hello {{name}} 👋 Thank you for getting in touch. How can we help you?"
                                : "Halo Kak {{name}} 👋 Terima kasih sudah menghubungi kami. Ada yang bisa kami bantu?"),
                starter("/terimakasih", en ? "Thank you" : "Terima kasih", greetings,
                        en ? "Thank you for shopping with us, {{name}}! We hope to see you again soon 🙏"
                                : "Terima kasih sudah berbelanja, Kak {{name}}! Ditunggu pesanan berikutnya 🙏"),
                starter("/tunggu", en ? "One moment" : "Mohon ditunggu", orders,
                        en ? "One moment please, {{name}}, we're checking for you 🙏"
                                : "Baik Kak {{name}}, mohon ditunggu sebentar ya, kami cek dulu 🙏"),
                starter("/diproses", en ? "Order received" : "Pesanan diproses", orders,
                        en ? "Your order has been received and we're preparing it now. We'll let you know as soon as it's on its way."
                                : "Pesanan Kakak sudah kami terima dan sedang kami siapkan. Kami kabari lagi begitu pesanan dikirim ya."),
                starter("/rekening", en ? "Payment details" : "Info pembayaran", en ? "Payment" : "Pembayaran",
                        en ? "You can pay by bank transfer to [write your bank, account number and account name here]. "
                                + "Please send us a photo of the transfer receipt once paid. Thank you!"
                                : "Pembayaran bisa ditransfer ke [tulis nama bank, nomor rekening dan atas nama Anda di sini]. "
                                        + "Mohon kirim foto bukti transfer setelah membayar ya, Kak. Terima kasih!"));
    }

    /** A starter the whole team shares; one holding an example where the shop's words belong starts off. */
    private static QuickReplyDraft starter(String shortcut, String title, String category, String message) {
        return new QuickReplyDraft(shortcut, title, message, category, List.of(), true, !ExampleText.in(message));
    }
}
