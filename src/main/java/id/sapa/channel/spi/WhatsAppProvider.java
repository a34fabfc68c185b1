package id.sapa.channel.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.sapa.shared.ChannelId;
import id.sapa.shared.Text;

/**
 * One way of reaching WhatsApp, whole: connecting, sending, read receipts, the provider's webhooks
 * (authenticating and reading them), its media files and the rules it sends by (the 24-hour
 * window). Adapters live in {@code channel/internal/<vendor>/}; the provider registry is the only
 * place that picks one by type, so nothing else in Sapa asks which provider a channel has. Calls
 * may block on the network and are never made inside a database transaction. How to add one:
 * {@code docs/providers.md}.
 */
public interface WhatsAppProvider {

    ProviderType type();

    /**
     * Starts or checks a connection with what the tenant supplied (tokens for an API provider,
     * nothing for a QR pairing).
     *
     * @throws ProviderException with a user-facing reason when the provider refuses
     */
    ConnectResult connect(ChannelAccess access, Map<String, String> request);

    /** Ends the session at the provider (logs the linked device out); best effort. */
    void logout(ChannelAccess access);

    SendResult send(ChannelAccess access, OutboundMessage message);

    /** Tells the customer their message was read (blue ticks). */
    void markRead(ChannelAccess access, String providerMessageId);

    /**
     * Marks the customer's message read and shows them "typing…" until the reply goes out;
     * providers without a typing indicator only mark it read.
     */
    default void markReadAndType(ChannelAccess access, String providerMessageId) {
        markRead(access, providerMessageId);
    }

    /**
     * Whether automated menus go out as reply buttons or lists. Off where buttons do not reliably
     * reach the customer, or where a simulated phone shows plain text: the menu is then numbered text.
     */
    default boolean sendsMenus() {
        return false;
    }

    /**
     * The message templates of the channel's business account.
     *
     * @throws ProviderException when the provider has no templates or refuses
     */
    default List<WhatsAppTemplate> templates(ChannelAccess access) {
        throw new ProviderException(new Text(type().code() + " tidak punya template pesan; template adalah fitur Cloud API",
                type().code() + " has no message templates; templates are a Cloud API feature"));
    }

    /**
     * Which settings the channel has, by name, as booleans only (never values), for the status
     * endpoint; empty when the provider needs none.
     */
    default Map<String, Boolean> configuration(ChannelAccess access) {
        return Map.of();
    }

    /**
     * Whether a free-form message (anything but an approved template) needs a template instead,
     * given when the customer last wrote. Meta's Cloud API refuses free-form messages 24 hours
     * after the customer's last message; a provider that does not enforce the window says false.
     *
     * @param lastCustomerMessageAt null when the customer never wrote
     */
    default boolean requiresTemplate(Instant lastCustomerMessageAt, Instant now) {
        return false;
    }

    /**
     * Whether a webhook request is the provider's, checked on the raw request before anything is
     * parsed (a signature over the bytes, or a secret of the URL). False for a provider without
     * webhooks.
     *
     * @param channel the channel whose own webhook URL was called, with its opened credentials; null
     *                for the server-wide URL (checked with the server's settings)
     */
    default boolean authenticate(WebhookRequest request, ChannelAccess channel) {
        return false;
    }

    /**
     * Reads an authenticated webhook body into items, each naming its channel. A body that is not
     * what the provider sends gives no items (it was authenticated, so asking for it again would
     * not help); an item that cannot be read goes to {@code skipped} and the others are read on.
     *
     * @param authenticated the channel whose own secret authenticated the body, or null for the
     *                      server-wide URL (the items then name their channels by the provider's ids)
     */
    default List<WebhookItem> parseWebhook(byte[] body, ChannelId authenticated, SkippedItems skipped) {
        return List.of();
    }

    /**
     * Fetches an inbound media file the provider holds, named by a webhook item.
     *
     * @throws RuntimeException when it cannot be fetched; the message is then kept without its file
     */
    default DownloadedMedia downloadMedia(ChannelAccess access, WebhookItem.MediaRef media) {
        throw new ProviderException(new Text(type().code() + " tidak menyimpan berkas media yang bisa diambil",
                type().code() + " holds no media files to fetch"));
    }
}
