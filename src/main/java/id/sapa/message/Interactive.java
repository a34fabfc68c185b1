package id.sapa.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.OutboundContent;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/**
 * A message the customer answers by tapping: up to three reply {@code button}s, or a {@code list}
 * opened by a button, with up to ten rows in all its sections. Stored with the message, so the send
 * job sends (and retries) exactly this; the inbox shows {@code body}. Its JSON is the send request's
 * {@code interactive}, without the parts the other type uses.
 *
 * @param type        {@code button} or {@code list}
 * @param buttons     the reply buttons of a {@code button} message
 * @param buttonLabel the label of the button that opens a {@code list}
 * @param sections    the sections of a {@code list}
 */
@JsonInclude(Include.NON_EMPTY)
public record Interactive(String type, String body, String footer, List<Choice> buttons, String buttonLabel,
        List<Section> sections) {

    public static final String BUTTON = "button";
    public static final String LIST = "list";
    /** WhatsApp's limits (Meta's reply-button and list message references). */
    public static final int MAX_BUTTONS = 3;
    public static final int MAX_BUTTON_TITLE = 20;
    public static final int MAX_BUTTON_ID = 256;
    public static final int MAX_BUTTON_BODY = 1024;
    public static final int MAX_LIST_BODY = 4096;
    public static final int MAX_FOOTER = 60;
    public static final int MAX_LIST_LABEL = 20;
    public static final int MAX_SECTIONS = 10;
    public static final int MAX_ROWS = 10;
    public static final int MAX_SECTION_TITLE = 24;
    public static final int MAX_ROW_ID = 200;
    public static final int MAX_ROW_TITLE = 24;
    public static final int MAX_ROW_DESCRIPTION = 72;

    public Interactive {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static Interactive buttons(String body, String footer, List<Choice> buttons) {
        return new Interactive(BUTTON, body, footer, buttons, null, List.of());
    }

    public static Interactive list(String body, String footer, String buttonLabel, List<Section> sections) {
        return new Interactive(LIST, body, footer, List.of(), buttonLabel, sections);
    }

    /** One reply button: its id comes back when the customer taps it. */
    public record Choice(String id, String title) {
    }

    /** @param title required when the list has more than one section */
    @JsonInclude(Include.NON_NULL)
    public record Section(String title, List<Row> rows) {

        public Section {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** One list row: its id comes back when the customer picks it. */
    @JsonInclude(Include.NON_NULL)
    public record Row(String id, String title, String description) {
    }

    /**
     * Checks WhatsApp's limits.
     *
     * @throws ProblemException 400 naming the first invalid field ({@code interactive.buttons[1].title} …)
     */
    public void check() {
        Checker checker = new Checker();
        checker.check(this);
        if (!checker.errors.isEmpty()) {
            throw ProblemException.invalidFields(checker.errors);
        }
    }

    /** Whether it passes {@link #check()}. */
    public boolean valid() {
        Checker checker = new Checker();
        checker.check(this);
        return checker.errors.isEmpty();
    }

    /** As the provider SPI takes it. */
    OutboundContent content() {
        if (BUTTON.equals(type)) {
            return new OutboundMessage.Buttons(body, footer, buttons.stream()
                    .map(b -> new OutboundMessage.Button(b.id(), b.title())).toList());
        }
        return new OutboundMessage.ListMenu(body, footer, buttonLabel, sections.stream()
                .map(s -> new OutboundMessage.Section(s.title(), s.rows().stream()
                        .map(r -> new OutboundMessage.Row(r.id(), r.title(), r.description())).toList()))
                .toList());
    }

    private static final class Checker {

        private static final String PREFIX = "interactive.";
        private static final Text USED_BY_BUTTON = new Text("sudah dipakai tombol lain", "is used by another button");
        private final List<ProblemException.FieldError> errors = new ArrayList<>();

        void check(Interactive m) {
            if (!BUTTON.equals(m.type()) && !LIST.equals(m.type())) {
                error("type", new Text("harus button atau list", "must be button or list"));
                return;
            }
            boolean list = LIST.equals(m.type());
            text("body", m.body(), list ? MAX_LIST_BODY : MAX_BUTTON_BODY, true);
            text("footer", m.footer(), MAX_FOOTER, false);
            if (list) {
                if (!m.buttons().isEmpty()) {
                    error("buttons", new Text("milik pesan tombol; daftar memakai sections",
                            "belong to a button message; a list has sections"));
                }
                text("buttonLabel", m.buttonLabel(), MAX_LIST_LABEL, true);
                sections(m.sections());
            } else {
                if (!m.sections().isEmpty() || m.buttonLabel() != null) {
                    error(m.sections().isEmpty() ? "buttonLabel" : "sections", new Text("milik pesan daftar; pesan tombol memakai buttons",
                            "belong to a list message; a button message has buttons"));
                }
                buttons(m.buttons());
            }
        }

        private void buttons(List<Choice> buttons) {
            if (buttons.isEmpty() || buttons.size() > MAX_BUTTONS) {
                error("buttons", new Text("pesan tombol berisi 1 sampai " + MAX_BUTTONS + " tombol",
                        "a button message has 1 to " + MAX_BUTTONS + " buttons"));
                return;
            }
            Set<String> ids = new HashSet<>();
            Set<String> titles = new HashSet<>();
            for (int i = 0; i < buttons.size(); i++) {
                String field = "buttons[" + i + "]";
                Choice button = buttons.get(i);
                if (button == null) {
                    error(field, FieldMessages.NOT_EMPTY);
                    continue;
                }
                if (text(field + ".id", button.id(), MAX_BUTTON_ID, true) && !ids.add(button.id())) {
                    error(field + ".id", USED_BY_BUTTON);
                }
                if (text(field + ".title", button.title(), MAX_BUTTON_TITLE, true) && !titles.add(button.title().strip())) {
                    error(field + ".title", USED_BY_BUTTON);
                }
            }
        }

        private void sections(List<Section> sections) {
            if (sections.isEmpty() || sections.size() > MAX_SECTIONS) {
                error("sections", new Text("daftar berisi 1 sampai " + MAX_SECTIONS + " bagian",
                        "a list has 1 to " + MAX_SECTIONS + " sections"));
                return;
            }
            int rows = 0;
            Set<String> ids = new HashSet<>();
            for (int s = 0; s < sections.size(); s++) {
                String field = "sections[" + s + "]";
                Section section = sections.get(s);
                if (section == null) {
                    error(field, FieldMessages.NOT_EMPTY);
                    continue;
                }
                text(field + ".title", section.title(), MAX_SECTION_TITLE, sections.size() > 1);
                if (section.rows().isEmpty()) {
                    error(field + ".rows", new Text("setiap bagian berisi paling sedikit satu baris",
                            "a section has at least one row"));
                }
                for (int r = 0; r < section.rows().size(); r++) {
                    String rowField = field + ".rows[" + r + "]";
                    Row row = section.rows().get(r);
                    rows++;
                    if (row == null) {
                        error(rowField, FieldMessages.NOT_EMPTY);
                        continue;
                    }
                    if (text(rowField + ".id", row.id(), MAX_ROW_ID, true) && !ids.add(row.id())) {
                        error(rowField + ".id", new Text("sudah dipakai baris lain", "is used by another row"));
                    }
                    text(rowField + ".title", row.title(), MAX_ROW_TITLE, true);
                    text(rowField + ".description", row.description(), MAX_ROW_DESCRIPTION, false);
                }
            }
            if (rows > MAX_ROWS) {
                error("sections", new Text("daftar berisi paling banyak " + MAX_ROWS + " baris di semua bagiannya; diberikan " + rows,
                        "a list has at most " + MAX_ROWS + " rows in all its sections; " + rows + " given"));
            }
        }

        /** True when the value is present and within the limit. */
        private boolean text(String field, String value, int max, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    error(field, FieldMessages.REQUIRED);
                } else if (value != null) {
                    error(field, new Text("tidak boleh hanya berisi spasi", "must not be blank"));
                }
                return false;
            }
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                error(field, new Text("paling banyak " + max + " karakter; diberikan " + length,
                        "at most " + max + " characters; " + length + " given"));
                return false;
            }
            return true;
        }

        private void error(String field, Text message) {
            errors.add(new ProblemException.FieldError(PREFIX + field, message));
        }
    }
}
