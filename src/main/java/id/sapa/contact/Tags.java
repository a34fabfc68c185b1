package id.sapa.contact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/**
 * The rules for a contact's tags. Tags are written by hand by many operators, so "VIP", "vip " and
 * "Vip" must be one tag; the limits keep a tag a label rather than a note.
 */
final class Tags {

    static final int MAX_COUNT = 30;
    static final int MAX_LENGTH = 50;

    private Tags() {
    }

    /** The one spelling of a tag: trimmed and in lower case. */
    static String normal(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The tags in their one spelling, first occurrence first, without repeats.
     *
     * @throws ProblemException naming the field {@code tags} for a blank or too long tag, or too many tags
     */
    static List<String> normalise(List<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                throw invalid(new Text("tidak boleh berisi label kosong", "must not contain blank tags"));
            }
            String normal = normal(tag);
            if (normal.length() > MAX_LENGTH) {
                throw invalid(new Text("setiap label paling banyak " + MAX_LENGTH + " karakter",
                        "each tag has at most " + MAX_LENGTH + " characters"));
            }
            result.add(normal);
        }
        if (result.size() > MAX_COUNT) {
            throw invalid(new Text("satu kontak paling banyak punya " + MAX_COUNT + " label",
                    "a contact has at most " + MAX_COUNT + " tags"));
        }
        return List.copyOf(result);
    }

    private static ProblemException invalid(Text message) {
        return ProblemException.invalidField("tags", message);
    }
}
