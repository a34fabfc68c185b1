package id.sapa.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.sapa.shared.Text;
import id.sapa.tenant.TenantLocale;

/**
 * What each notice says unless the business wrote its own text: Bahasa Indonesia and English, with
 * {@code {{variable}}} placeholders, ending with how to stop the notices.
 */
final class NoticeTexts {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    /** What a customer who writes MULAI or START is told. */
    static final Text OPTED_IN = new Text(
            "Terima kasih, notifikasi tagihan dari {{shopName}} aktif kembali. Balas BERHENTI untuk berhenti.",
            "Thank you, billing notices from {{shopName}} are on again. Reply STOP to stop them.");

    private static final Map<NoticeType, Text> DEFAULTS = new EnumMap<>(NoticeType.class);

    static {
        DEFAULTS.put(NoticeType.PAYMENT_NOTIFICATION, new Text(
                "Halo {{name}}, pembayaran tagihan {{invoiceId}} sebesar {{amount}} melalui {{paymentMethod}} sudah kami terima. Terima kasih! — {{shopName}}\n\nBalas BERHENTI jika tidak ingin menerima notifikasi ini.",
                "Hi {{name}}, we have received your payment of {{amount}} for invoice {{invoiceId}} via {{paymentMethod}}. Thank you! — {{shopName}}\n\nReply STOP to stop these notices."));
        DEFAULTS.put(NoticeType.INVOICE_NOTIFICATION, new Text(
                "Halo {{name}}, tagihan baru {{invoiceId}} sebesar {{amount}} jatuh tempo pada {{dueDate}}. {{description}} — {{shopName}}\n\nBalas BERHENTI jika tidak ingin menerima notifikasi ini.",
                "Hi {{name}}, new invoice {{invoiceId}} of {{amount}} is due on {{dueDate}}. {{description}} — {{shopName}}\n\nReply STOP to stop these notices."));
        DEFAULTS.put(NoticeType.LATE_PAYMENT_REMINDER_3, new Text(
                "Halo {{name}}, tagihan {{invoiceId}} sebesar {{amount}} sudah lewat {{daysLate}} hari dari jatuh tempo ({{dueDate}}). Mohon segera dibayar ya. — {{shopName}}\n\nBalas BERHENTI jika tidak ingin menerima notifikasi ini.",
                "Hi {{name}}, invoice {{invoiceId}} of {{amount}} is {{daysLate}} days past its due date ({{dueDate}}). Please pay it soon. — {{shopName}}\n\nReply STOP to stop these notices."));
        DEFAULTS.put(NoticeType.LATE_PAYMENT_REMINDER_4, new Text(
                "Halo {{name}}, ini pengingat terakhir: tagihan {{invoiceId}} sebesar {{amount}} sudah lewat {{daysLate}} hari dari jatuh tempo ({{dueDate}}). Mohon segera dibayar agar layanan tidak terhenti. — {{shopName}}\n\nBalas BERHENTI jika tidak ingin menerima notifikasi ini.",
                "Hi {{name}}, this is the last reminder: invoice {{invoiceId}} of {{amount}} is {{daysLate}} days past its due date ({{dueDate}}). Please pay it soon so your service is not interrupted. — {{shopName}}\n\nReply STOP to stop these notices."));
        DEFAULTS.put(NoticeType.PREPAID_EXPIRY, new Text(
                "Halo {{name}}, paket {{packageName}} Anda berakhir pada {{expiresAt}} ({{daysLeft}} hari lagi). Perpanjang sekarang agar layanan tetap aktif. — {{shopName}}\n\nBalas BERHENTI jika tidak ingin menerima notifikasi ini.",
                "Hi {{name}}, your {{packageName}} package ends on {{expiresAt}} ({{daysLeft}} days left). Renew now to keep your service active. — {{shopName}}\n\nReply STOP to stop these notices."));
        DEFAULTS.put(NoticeType.MESSAGE, new Text("{{message}}", "{{message}}"));
        DEFAULTS.put(NoticeType.CONSENT_CONFIRMATION, new Text(
                "Baik, Anda tidak akan menerima notifikasi tagihan lagi dari {{shopName}}. Balas MULAI jika ingin menerimanya kembali.",
                "OK, you will receive no more billing notices from {{shopName}}. Reply START to receive them again."));
    }

    private NoticeTexts() {
    }

    static String defaultText(NoticeType type, TenantLocale locale) {
        return DEFAULTS.get(type).in(locale.locale());
    }

    /**
     * The text with each placeholder replaced by its value; a value the notice did not get is left out,
     * and the spaces around it closed up ("tagihan  sebesar" never reaches a customer).
     */
    static String render(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" ([.,;:!?])", "$1").strip();
    }
}
