package id.sapa.autoreply;

import java.util.List;
import java.util.Optional;

/** Reads a customer's answer to a menu: the option's key ("1", "2.") or its label, case and punctuation aside. */
final class MenuChoice {

    private MenuChoice() {
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
