package id.sapa.autoreply;

import java.util.List;
import java.util.Optional;

/**
 * Reads a customer's answer to a menu: the id of the button or list row they tapped (the option's
 * key), or what they typed, the option's key ("1", "2.") or its label, case and punctuation aside.
 */
final class MenuChoice {

    private MenuChoice() {
    }

    /** @param replyId the id of the button or row tapped, or null for a typed answer */
    static Optional<MenuOption> of(List<MenuOption> options, String answer, String replyId) {
        if (replyId != null) {
            Optional<MenuOption> tapped = options.stream().filter(option -> replyId.equals(option.key())).findFirst();
            if (tapped.isPresent()) {
                return tapped;
            }
        }
        return of(options, answer);
    }

    static Optional<MenuOption> of(List<MenuOption> options, String answer) {
        String given = Texts.fold(Texts.normalise(answer));
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return options.stream()
                .filter(option -> given.equals(Texts.fold(Texts.normalise(option.key())))
                        || given.equals(Texts.fold(Texts.normalise(option.label()))))
                .findFirst();
    }
}
