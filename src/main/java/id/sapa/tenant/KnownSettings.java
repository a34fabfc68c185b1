package id.sapa.tenant;

import java.util.List;
import java.util.Map;

import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/**
 * The tenant settings Sapa reads, checked when written so a typo cannot switch something off
 * unnoticed ({@code "autoAssign": "yes"} would read as off). Other keys are kept as given.
 */
final class KnownSettings {

    /** Switches read as true/false: automatic assignment, taking a chat by replying, the auto-reply switch. */
    private static final List<String> SWITCHES = List.of("autoAssign", "assignOnReply", "autoReply");
    private static final Map<String, List<String>> CHOICES = Map.of("assignmentStrategy", List.of("round_robin", "least_loaded"));

    private KnownSettings() {
    }

    static void check(Map<String, Object> settings) {
        if (settings == null) {
            return;
        }
        for (var entry : settings.entrySet()) {
            String field = "settings." + entry.getKey();
            if (SWITCHES.contains(entry.getKey()) && !(entry.getValue() instanceof Boolean)) {
                throw ProblemException.invalidField(field, new Text("harus true atau false", "must be true or false"));
            }
            List<String> choices = CHOICES.get(entry.getKey());
            if (choices != null && !choices.contains(entry.getValue())) {
                throw ProblemException.invalidField(field, new Text("harus salah satu dari " + String.join(", ", choices),
                        "must be one of " + String.join(", ", choices)));
            }
        }
    }
}
