package id.sapa.autoreply;

import java.util.List;

import id.sapa.message.Interactive;
import id.sapa.tenant.TenantLocale;

/**
 * Lays a menu out as WhatsApp shows choices best: up to three short options as reply buttons, up to
 * ten as a list (a title longer than a row allows is cut, the whole label going underneath), else
 * nothing, and the menu stays numbered text. Each button's and row's id is its option's key, so the
 * customer's tap names the option.
 */
final class MenuLayout {

    private MenuLayout() {
    }

    /** @param intro the menu's text with its variables filled */
    static Interactive of(String intro, List<MenuOption> options, TenantLocale locale) {
        if (intro == null || intro.isBlank() || options.isEmpty()) {
            return null;
        }
        if (options.size() <= Interactive.MAX_BUTTONS && length(intro) <= Interactive.MAX_BUTTON_BODY
                && options.stream().allMatch(o -> length(o.label().strip()) <= Interactive.MAX_BUTTON_TITLE)) {
            Interactive buttons = Interactive.buttons(intro, null, options.stream()
                    .map(o -> new Interactive.Choice(o.key(), o.label().strip())).toList());
            if (buttons.valid()) {
                return buttons;
            }
        }
        if (options.size() <= Interactive.MAX_ROWS) {
            Interactive list = Interactive.list(intro, null, locale == TenantLocale.EN ? "Choose" : "Pilih",
                    List.of(new Interactive.Section(null, options.stream().map(MenuLayout::row).toList())));
            if (list.valid()) {
                return list;
            }
        }
        return null;
    }

    private static Interactive.Row row(MenuOption option) {
        String label = option.label().strip();
        boolean cut = length(label) > Interactive.MAX_ROW_TITLE;
        return new Interactive.Row(option.key(), cut(label, Interactive.MAX_ROW_TITLE),
                cut ? cut(label, Interactive.MAX_ROW_DESCRIPTION) : null);
    }

    /** The text, or its first {@code max - 1} characters and an ellipsis. */
    static String cut(String text, int max) {
        if (length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
