package id.sapa.channel.spi;

import java.util.List;

/**
 * A message template as the provider knows it, with what a send must supply for each part.
 *
 * @param status         {@code approved}, {@code pending}, {@code rejected}, {@code paused} or {@code disabled}
 * @param body           the body text with its {@code {{n}}} placeholders
 * @param parameterCount how many body parameters a send must give
 * @param header         the header, or null when the template has none
 * @param footer         the fixed footer text, or null
 * @param buttons        the buttons in the template's order (their {@code index} is the position Meta counts)
 */
public record WhatsAppTemplate(String providerTemplateId, String name, String language, String category, String status,
        String body, int parameterCount, Header header, String footer, List<Button> buttons) {

    public WhatsAppTemplate {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public WhatsAppTemplate(String providerTemplateId, String name, String language, String category, String status,
            String body, int parameterCount) {
        this(providerTemplateId, name, language, category, status, body, parameterCount, null, null, List.of());
    }

    public boolean approved() {
        return "approved".equals(status);
    }

    /**
     * The template's header. A {@code text} header may hold one {@code {{1}}} placeholder
     * ({@code parameterCount} 1); media and location headers take their file or place at send time.
     *
     * @param format {@code text}, {@code image}, {@code video}, {@code document} or {@code location}
     */
    public record Header(String format, String text, int parameterCount) {

        public static final List<String> MEDIA = List.of("image", "video", "document");

        public boolean media() {
            return MEDIA.contains(format);
        }

        /** Whether a send must give a value for it: a text placeholder, a file or a place. */
        public boolean needsValue() {
            return parameterCount > 0 || media() || "location".equals(format);
        }
    }

    /**
     * One button. A {@code url} button whose URL ends in {@code {{1}}} takes that suffix at send time
     * ({@code parameterCount} 1); a {@code quick_reply} button may be given a payload the customer's
     * tap sends back.
     *
     * @param type {@code quick_reply}, {@code url}, {@code phone_number}, {@code copy_code} … (lower case)
     */
    public record Button(int index, String type, String text, String url, int parameterCount) {
    }
}
