package id.sapa.message;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.channel.spi.WhatsAppTemplate.Button;
import id.sapa.channel.spi.WhatsAppTemplate.Header;
import id.sapa.message.OutgoingMessage.ButtonValue;
import id.sapa.message.OutgoingMessage.HeaderValue;
import id.sapa.message.OutgoingMessage.NamedValue;
import id.sapa.message.OutgoingMessage.Place;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/** Checks a template send's body, header and button values against what the registered template needs. */
final class TemplateParts {

    static final int MAX_VALUE_LENGTH = 1024;

    private TemplateParts() {
    }

    /**
     * Checks the body's values: a positional template takes {@code parameters}, one per placeholder
     * in order; a named one takes {@code named}, one per placeholder name, and nothing else.
     *
     * @return the named values in the template's order; empty for a positional template
     */
    static List<NamedValue> body(WhatsAppTemplate template, List<String> parameters, List<NamedValue> named) {
        String name = "template '" + template.name() + "'";
        if (!template.named()) {
            if (!named.isEmpty()) {
                throw ProblemException.invalidField("template.namedParameters", new Text(
                        " memakai placeholder bernomor ({{1}}); isi nilainya berurutan di template.parameters",
                        " has numbered placeholders ({{1}}); give their values in order in template.parameters").after(name));
            }
            if (parameters.size() != template.parameterCount()) {
                throw ProblemException.invalidField("template.parameters", new Text(
                        " memerlukan " + template.parameterCount() + " parameter; diberikan " + parameters.size(),
                        " takes " + template.parameterCount() + " parameters; " + parameters.size() + " given").after(name));
            }
            return List.of();
        }
        Text names = template.parameterNames().isEmpty() ? new Text("tidak ada", "none")
                : Text.verbatim(String.join(", ", template.parameterNames()));
        if (!parameters.isEmpty()) {
            throw ProblemException.invalidField("template.parameters", new Text(
                    name + " memakai placeholder bernama; isi template.namedParameters menurut namanya (" + names.indonesian() + ")",
                    name + " has named placeholders; give template.namedParameters by name (" + names.english() + ")"));
        }
        Map<String, String> given = new HashMap<>();
        for (NamedValue value : named) {
            String field = "template.namedParameters." + value.name();
            if (!template.parameterNames().contains(value.name())) {
                throw ProblemException.invalidField(field, new Text(
                        name + " tidak punya placeholder {{" + value.name() + "}}; placeholder-nya: " + names.indonesian(),
                        name + " has no placeholder {{" + value.name() + "}}; its placeholders: " + names.english()));
            }
            if (blank(value.value()) || value.value().length() > MAX_VALUE_LENGTH) {
                throw ProblemException.invalidField(field, FieldMessages.charactersFromOneTo(MAX_VALUE_LENGTH));
            }
            given.put(value.name(), value.value());
        }
        for (String placeholder : template.parameterNames()) {
            if (!given.containsKey(placeholder)) {
                throw ProblemException.invalidField("template.namedParameters." + placeholder, new Text(
                        "wajib diisi: " + name + " punya placeholder {{" + placeholder + "}}",
                        "is required: " + name + " has the placeholder {{" + placeholder + "}}"));
            }
        }
        return template.parameterNames().stream().map(n -> new NamedValue(n, given.get(n))).toList();
    }

    /** The header value to send, with the header's format filled in; null when the template takes none. */
    static HeaderValue header(WhatsAppTemplate template, HeaderValue given) {
        Header header = template.header();
        String name = "template '" + template.name() + "'";
        if (header == null || !header.needsValue()) {
            if (given != null) {
                throw ProblemException.invalidField("template.header", header == null
                        ? new Text(name + " tidak punya header", name + " has no header")
                        : new Text("header " + name + " berupa teks tetap; tidak perlu diisi",
                                name + "'s header is fixed text; it takes no value"));
            }
            return null;
        }
        if (given == null) {
            String give = switch (header.format()) {
                case "text" -> "header.text";
                case "location" -> "header.location";
                default -> "header.mediaUrl";
            };
            throw ProblemException.invalidField("template.header", new Text(
                    name + " punya header " + header.format() + ": isi " + give,
                    name + " has a " + header.format() + " header: give " + give));
        }
        switch (header.format()) {
            case "text" -> {
                only(given, given.text() != null, "text");
                if (given.text().isBlank() || given.text().length() > 60) {
                    throw ProblemException.invalidField("template.header.text", FieldMessages.charactersFromOneTo(60));
                }
            }
            case "location" -> {
                only(given, given.location() != null, "location");
                Place place = given.location();
                if (place.latitude() == null || place.latitude() < -90 || place.latitude() > 90) {
                    throw ProblemException.invalidField("template.header.location.latitude", FieldMessages.between(-90, 90));
                }
                if (place.longitude() == null || place.longitude() < -180 || place.longitude() > 180) {
                    throw ProblemException.invalidField("template.header.location.longitude", FieldMessages.between(-180, 180));
                }
            }
            default -> {
                only(given, given.mediaUrl() != null, "mediaUrl");
                if (!given.mediaUrl().matches("https?://\\S+")) {
                    throw ProblemException.invalidField("template.header.mediaUrl", new Text(
                            "harus berupa URL http(s) yang bisa diambil WhatsApp", "must be an http(s) URL WhatsApp can fetch"));
                }
                if (given.fileName() != null && !header.format().equals("document")) {
                    throw ProblemException.invalidField("template.header.fileName", new Text(
                            "hanya berlaku untuk header dokumen", "applies to document headers only"));
                }
            }
        }
        return given.checkedAs(header.format(), header.parameterName());
    }

    /** A header value gives exactly the one field its format uses. */
    private static void only(HeaderValue given, boolean present, String field) {
        int set = (given.text() != null ? 1 : 0) + (given.mediaUrl() != null ? 1 : 0) + (given.location() != null ? 1 : 0);
        if (!present) {
            throw ProblemException.invalidField("template.header." + field, new Text(
                    "wajib diisi untuk header template ini", "is required for this template's header"));
        }
        if (set > 1) {
            throw ProblemException.invalidField("template.header", new Text(
                    "isi hanya header." + field + " untuk header template ini", "give only header." + field + " for this template's header"));
        }
    }

    static void buttons(WhatsAppTemplate template, List<ButtonValue> given) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "template.buttons[" + i + "]";
            ButtonValue value = given.get(i);
            if (value == null) {
                throw ProblemException.invalidField(field, FieldMessages.NOT_EMPTY);
            }
            if (value.index() == null || value.index() < 0 || value.index() >= template.buttons().size()) {
                int buttons = template.buttons().size();
                throw ProblemException.invalidField(field + ".index", buttons == 0
                        ? new Text("template '" + template.name() + "' tidak punya tombol", "template '" + template.name() + "' has no buttons")
                        : new Text("harus berupa posisi salah satu dari " + buttons + " tombol template (mulai dari 0)",
                                "must be the position of one of the template's " + buttons + " buttons (from 0)"));
            }
            if (!seen.add(value.index())) {
                throw ProblemException.invalidField(field + ".index", new Text(
                        "tombol " + value.index() + " diisi dua kali", "button " + value.index() + " is given twice"));
            }
            Button button = template.buttons().get(value.index());
            String described = " " + button.index() + " (" + button.type() + " \"" + button.text() + "\")";
            Text what = new Text("tombol" + described, "button" + described);
            switch (button.type()) {
                case "url" -> {
                    if (button.parameterCount() == 0) {
                        throw ProblemException.invalidField(field, what.then(new Text(" punya tautan tetap; tidak perlu diisi",
                                " has a fixed link; it takes no value")));
                    }
                    if (!"url".equals(value.subType())) {
                        throw ProblemException.invalidField(field + ".subType", new Text("harus url untuk ", "must be url for ").then(what));
                    }
                    if (value.payload() != null || value.parameters().size() != 1 || blank(value.parameters().getFirst())) {
                        throw ProblemException.invalidField(field + ".parameters", what.then(new Text(
                                " memerlukan satu nilai: bagian akhir tautannya", " takes one value: the end of its link")));
                    }
                }
                case "quick_reply" -> {
                    if (!"quick_reply".equals(value.subType())) {
                        throw ProblemException.invalidField(field + ".subType", new Text("harus quick_reply untuk ", "must be quick_reply for ").then(what));
                    }
                    if (!value.parameters().isEmpty() || blank(value.payload())) {
                        throw ProblemException.invalidField(field + ".payload", what.then(new Text(
                                " memerlukan payload (yang dikirim balik saat diketuk), bukan parameters",
                                " takes a payload (what its tap sends back), not parameters")));
                    }
                }
                default -> throw ProblemException.invalidField(field, what.then(new Text(" tidak perlu diisi", " takes no value")));
            }
            String longest = value.payload() != null ? value.payload() : value.parameters().getFirst();
            if (longest.length() > MAX_VALUE_LENGTH) {
                throw ProblemException.invalidField(field, new Text("paling banyak " + MAX_VALUE_LENGTH + " karakter",
                        "at most " + MAX_VALUE_LENGTH + " characters"));
            }
        }
        for (Button button : template.buttons()) {
            if ("url".equals(button.type()) && button.parameterCount() > 0 && !seen.contains(button.index())) {
                String described = " " + button.index() + " (url \"" + button.text() + "\") ";
                String shape = ": {index: " + button.index() + ", subType: \"url\", parameters: [\"…\"]}";
                throw ProblemException.invalidField("template.buttons", new Text(
                        "tombol" + described + "perlu bagian akhir tautannya" + shape,
                        "button" + described + "needs the end of its link" + shape));
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
