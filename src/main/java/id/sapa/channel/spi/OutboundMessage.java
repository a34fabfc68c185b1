package id.sapa.channel.spi;

import id.sapa.shared.PhoneNumber;

/**
 * A message to send.
 *
 * @param clientMessageId Sapa's id for it: adapters that can pass an idempotency key use it, so a
 *                        retried job never delivers twice
 * @param quotedProviderMessageId the provider id of the message this one replies to, or null
 */
public record OutboundMessage(String clientMessageId, PhoneNumber to, OutboundContent content,
        String quotedProviderMessageId) {

    /** What is sent. */
    public sealed interface OutboundContent {
    }

    public record Text(String body, boolean previewUrl) implements OutboundContent {
    }

    /** Media by a URL the provider can fetch; {@code kind} is image, video, audio, document or sticker. */
    public record Media(MessageKind kind, String url, String mimeType, String fileName, String caption)
            implements OutboundContent {
    }
}
