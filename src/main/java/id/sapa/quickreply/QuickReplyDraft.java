package id.sapa.quickreply;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/**
 * What a team member writes: the whole quick reply, checked and in its one spelling.
 *
 * @param shortcut with its leading slash ({@code greeting} becomes {@code /greeting})
 * @param category as the team typed it ("Pengiriman" stays "Pengiriman"); "pengiriman" is the same
 *                 category when listing, see {@link QuickReplies#list}
 */
public record QuickReplyDraft(String shortcut, String title, String message, String category, List<String> tags,
        boolean global, boolean active) {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 50;
    private static final Pattern SHORTCUT = Pattern.compile("/[\\p{L}\\p{N}_-]{1,49}");

    public QuickReplyDraft {
        shortcut = shortcut(shortcut);
        title = required("title", title, 100);
        message = required("message", message, 4096);
        category = category == null || category.isBlank() ? null : category.strip();
        if (category != null && category.length() > 50) {
            throw ProblemException.invalidField("category", FieldMessages.atMostCharacters(50));
        }
        tags = tags(tags);
        if (active && ExampleText.in(message)) {
            throw ProblemException.invalidField("message", new Text(
                    "masih berisi teks contoh dalam [kurung]: tulis teks Anda sendiri sebelum balasan cepat ini diaktifkan",
                    "still holds the example text in [brackets]: write your own before the quick reply is switched on"));
        }
    }

    private static String shortcut(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalidField("shortcut", FieldMessages.REQUIRED);
        }
        String text = raw.strip();
        String withSlash = text.startsWith("/") ? text : "/" + text;
        if (!SHORTCUT.matcher(withSlash).matches()) {
            throw ProblemException.invalidField("shortcut", new Text(
                    "harus berupa garis miring dan 1 sampai 49 huruf, angka, '-' atau '_' (misalnya /salam)",
                    "must be a slash and 1 to 49 letters, digits, '-' or '_' (e.g. /greeting)"));
        }
        return withSlash;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, FieldMessages.REQUIRED);
        }
        if (value.length() > max) {
            throw ProblemException.invalidField(field, FieldMessages.atMostCharacters(max));
        }
        return field.equals("message") ? value : value.strip();
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        List<String> normal = tags.stream()
                .map(tag -> tag == null ? "" : lower(tag))
                .distinct()
                .toList();
        if (normal.size() > MAX_TAGS || normal.stream().anyMatch(tag -> tag.isEmpty() || tag.length() > MAX_TAG_LENGTH)) {
            throw ProblemException.invalidField("tags", new Text(
                    "paling banyak " + MAX_TAGS + " label, masing-masing 1 sampai " + MAX_TAG_LENGTH + " karakter",
                    "at most " + MAX_TAGS + " tags of 1 to " + MAX_TAG_LENGTH + " characters"));
        }
        return normal;
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
