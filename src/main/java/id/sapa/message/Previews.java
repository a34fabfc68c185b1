package id.sapa.message;

import id.sapa.channel.spi.MessageKind;

/** The one-line preview the conversation list shows for a message. */
final class Previews {

    private static final int MAX = 200;

    private Previews() {
    }

    static String of(MessageKind kind, String text) {
        String label = switch (kind) {
            case IMAGE -> "📷 Photo";
            case VIDEO -> "🎥 Video";
            case AUDIO -> "🎤 Audio";
            case DOCUMENT -> "📄 Document";
            case STICKER -> "Sticker";
            case LOCATION -> "📍 Location";
            case CONTACTS -> "👤 Contact";
            default -> null;
        };
        String preview = text == null || text.isBlank() ? label : label == null ? text : label + ": " + text;
        if (preview == null) {
            return null;
        }
        return preview.length() <= MAX ? preview : preview.substring(0, MAX - 1) + "…";
    }
}
