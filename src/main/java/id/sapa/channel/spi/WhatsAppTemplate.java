package id.sapa.channel.spi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/**
 * A message template as the provider knows it, with what a send must supply for each part.
 *
 * @param status          {@code approved}, {@code pending}, {@code rejected}, {@code paused} or {@code disabled}
 * @param body            the body text with its {@code {{1}}} or {@code {{first_name}}} placeholders
 * @param parameterCount  how many body parameters a send must give
 * @param header          the header, or null when the template has none
 * @param footer          the fixed footer text, or null
 * @param buttons         the buttons in the template's order (their {@code index} is the position Meta counts)
 * @param parameterFormat whether the header's and body's placeholders are numbered or named
 * @param parameterNames  the body's placeholder names in the order they first appear, for a {@code named}
 *                        template; empty for a positional one
 */
public record WhatsAppTemplate(String providerTemplateId, String name, String language, String category, String status,
        String body, int parameterCount, Header header, String footer, List<Button> buttons,
        ParameterFormat parameterFormat, List<String> parameterNames) {

    public WhatsAppTemplate {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        parameterFormat = parameterFormat == null ? ParameterFormat.POSITIONAL : parameterFormat;
        parameterNames = parameterNames == null ? List.of() : List.copyOf(parameterNames);
    }

    public WhatsAppTemplate(String providerTemplateId, String name, String language, String category, String status,
            String body, int parameterCount, Header header, String footer, List<Button> buttons) {
        this(providerTemplateId, name, language, category, status, body, parameterCount, header, footer, buttons,
                ParameterFormat.POSITIONAL, List.of());
    }

    public WhatsAppTemplate(String providerTemplateId, String name, String language, String category, String status,
            String body, int parameterCount) {
        this(providerTemplateId, name, language, category, status, body, parameterCount, null, null, List.of());
    }

    public boolean approved() {
        return "approved".equals(status);
    }

    public boolean named() {
        return parameterFormat == ParameterFormat.NAMED;
    }

    /**
     * Meta's {@code parameter_format}: {@code {{1}}}-style placeholders take their values in order,
     * {@code {{first_name}}}-style ones by name ({@code parameter_name} on each value sent).
     */
    public enum ParameterFormat {
        POSITIONAL, NAMED;

        @JsonValue
        public String code() {
            return Codes.code(this);
        }

        @JsonCreator
        public static ParameterFormat fromCode(String code) {
            return Codes.parse(ParameterFormat.class, code);
        }
    }

    /**
     * The template's header. A {@code text} header may hold one placeholder ({@code parameterCount}
     * 1), named {@code parameterName} in a named template; media and location headers take their
     * file or place at send time.
     *
     * @param format        {@code text}, {@code image}, {@code video}, {@code document} or {@code location}
     * @param parameterName the text placeholder's name in a named template, else null
     */
    public record Header(String format, String text, int parameterCount, String parameterName) {

        public static final List<String> MEDIA = List.of("image", "video", "document");

        public Header(String format, String text, int parameterCount) {
            this(format, text, parameterCount, null);
        }

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
     * ({@code parameterCount} 1; numbered in named templates too); a {@code quick_reply} button may be
     * given a payload the customer's tap sends back.
     *
     * @param type {@code quick_reply}, {@code url}, {@code phone_number}, {@code copy_code} … (lower case)
     */
    public record Button(int index, String type, String text, String url, int parameterCount) {
    }
}
