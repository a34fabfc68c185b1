package id.sapa.channel.spi;

import java.util.List;

import id.sapa.shared.WhatsAppUser;

/**
 * A message to send.
 *
 * @param clientMessageId Sapa's id for it: adapters that can pass an idempotency key use it, so a
 *                        retried job never delivers twice
 * @param to              the customer: by number, or by BSUID when WhatsApp withholds the number
 * @param quotedProviderMessageId the provider id of the message this one replies to, or null
 */
public record OutboundMessage(String clientMessageId, WhatsAppUser to, OutboundContent content,
        String quotedProviderMessageId) {

    /** What is sent. */
    public sealed interface OutboundContent {
    }

    public record Text(String body, boolean previewUrl) implements OutboundContent {
    }

    /**
     * Media by a URL the provider can fetch, or by its bytes when Sapa holds the file (an upload: the
     * URL is then Sapa's own, not reachable by the provider). {@code kind} is image, video, audio,
     * document or sticker.
     */
    public record Media(MessageKind kind, String url, String mimeType, String fileName, String caption, byte[] bytes)
            implements OutboundContent {

        public Media(MessageKind kind, String url, String mimeType, String fileName, String caption) {
            this(kind, url, mimeType, fileName, caption, null);
        }
    }

    /**
     * An approved template, the only message allowed outside the 24-hour window.
     *
     * @param language   the template's language code ({@code id}, {@code en_US})
     * @param components header/body/button parameters, in the template's order
     */
    public record Template(String name, String language, List<TemplateComponent> components) implements OutboundContent {

        public Template {
            components = components == null ? List.of() : List.copyOf(components);
        }
    }

    /**
     * Values for one part of a template.
     *
     * @param type       {@code header}, {@code body} or {@code button}
     * @param subType    for a button: {@code quick_reply} or {@code url}; else null
     * @param index      for a button: its position; else null
     * @param parameters the part's values, in the order of its placeholders
     */
    public record TemplateComponent(String type, String subType, Integer index, List<TemplateParameter> parameters) {

        public TemplateComponent {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }

        public static TemplateComponent body(List<String> parameters) {
            return new TemplateComponent("body", null, null, parameters.stream()
                    .<TemplateParameter>map(TextParameter::new).toList());
        }

        /** The body of a named template: each value says which placeholder it fills. */
        public static TemplateComponent namedBody(List<TextParameter> parameters) {
            return new TemplateComponent("body", null, null, List.copyOf(parameters));
        }

        public static TemplateComponent header(TemplateParameter parameter) {
            return new TemplateComponent("header", null, null, List.of(parameter));
        }

        /** The dynamic suffix of a URL button. */
        public static TemplateComponent urlButton(int index, String suffix) {
            return new TemplateComponent("button", "url", index, List.of(new TextParameter(suffix)));
        }

        /** What tapping a quick-reply button sends back. */
        public static TemplateComponent quickReplyButton(int index, String payload) {
            return new TemplateComponent("button", "quick_reply", index, List.of(new PayloadParameter(payload)));
        }
    }

    /** One value of a template part. */
    public sealed interface TemplateParameter {
    }

    /** @param parameterName the placeholder it fills in a named template ({@code first_name}); null in a positional one */
    public record TextParameter(String text, String parameterName) implements TemplateParameter {

        public TextParameter(String text) {
            this(text, null);
        }
    }

    /** A header's file by a link the provider fetches; {@code kind} is image, video or document. */
    public record MediaParameter(String kind, String link, String fileName) implements TemplateParameter {
    }

    /** A location header's place. */
    public record LocationParameter(double latitude, double longitude, String name, String address)
            implements TemplateParameter {
    }

    /** A quick-reply button's payload. */
    public record PayloadParameter(String payload) implements TemplateParameter {
    }

    /** Up to three reply buttons under a text. */
    public record Buttons(String body, String footer, List<Button> buttons) implements OutboundContent {

        public static final int MAX_BUTTONS = 3;

        public Buttons {
            if (buttons == null || buttons.isEmpty() || buttons.size() > MAX_BUTTONS) {
                throw new IllegalArgumentException("WhatsApp takes 1 to " + MAX_BUTTONS + " reply buttons");
            }
            buttons = List.copyOf(buttons);
        }
    }

    public record Button(String id, String title) {
    }

    /** A menu opened by a button, with up to ten rows in all its sections. */
    public record ListMenu(String body, String footer, String buttonLabel, List<Section> sections) implements OutboundContent {

        public static final int MAX_ROWS = 10;

        public ListMenu {
            int rows = sections == null ? 0 : sections.stream().mapToInt(s -> s.rows().size()).sum();
            if (rows == 0 || rows > MAX_ROWS) {
                throw new IllegalArgumentException("WhatsApp takes 1 to " + MAX_ROWS + " list rows in all");
            }
            sections = List.copyOf(sections);
        }

        public ListMenu(String body, String buttonLabel, List<Section> sections) {
            this(body, null, buttonLabel, sections);
        }
    }

    /** @param title required by WhatsApp when the list has more than one section; else may be null */
    public record Section(String title, List<Row> rows) {

        public Section {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    public record Row(String id, String title, String description) {
    }

    /** An emoji on one of the conversation's messages; an empty emoji removes the reaction. */
    public record Reaction(String targetProviderMessageId, String emoji) implements OutboundContent {
    }
}
