package id.sapa.quickreply;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}}-style placeholders of a prepared text (quick replies, auto-replies) from
 * what is known about the customer. An unknown placeholder stays as written, so a typo shows in
 * the sent text instead of silently vanishing; a known one without a value becomes empty.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private Placeholders() {
    }

    /** @param values by placeholder name; a {@code null} value means "known, but empty" */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = values.containsKey(name)
                    ? (values.get(name) == null ? "" : values.get(name))
                    : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
