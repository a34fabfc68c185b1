package id.sapa.message;

import id.sapa.message.OutgoingMessage.TemplateRef;

/** What automation (auto-reply, AI, notices) sends: one of these, each checked and queued its own way. */
public sealed interface AutomaticContent {

    /** A plain text. */
    record Text(String text) implements AutomaticContent {
    }

    /**
     * An approved WhatsApp template, sent as a real template message; its stored text is the rendered
     * body. Nothing is queued when the template cannot be sent ({@link Messages#checkTemplate} says why).
     */
    record Template(TemplateRef template) implements AutomaticContent {
    }

    /**
     * A menu: the buttons or list where the number's provider shows them reliably (Meta's Cloud API),
     * else {@code text}, the same choices written out. Buttons or a list that break WhatsApp's limits
     * go as the text too.
     */
    record Menu(Interactive menu, String text) implements AutomaticContent {
    }
}
