package id.sapa.notification;

import java.util.List;

/**
 * What a notice type says for one business, and how it goes outside the 24-hour window.
 *
 * @param text     the text with {@code {{variables}}}: the business's own, or Sapa's default
 * @param custom   whether the business wrote {@code text} (false: the default)
 * @param whatsApp the approved WhatsApp template it maps to, or null
 */
public record NoticeTemplate(NoticeType type, String text, boolean custom, WhatsAppMapping whatsApp) {

    /**
     * An approved WhatsApp template a notice goes as outside the window.
     *
     * @param parameters the notice's variables that fill the template's {@code {{1}}}, {@code {{2}}} … in order
     */
    public record WhatsAppMapping(String name, String language, List<String> parameters) {

        public WhatsAppMapping {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }
    }
}
