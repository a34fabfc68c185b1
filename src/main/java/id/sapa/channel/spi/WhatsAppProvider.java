package id.sapa.channel.spi;

import java.util.List;
import java.util.Map;

/**
 * One way of reaching WhatsApp. Adapters live in {@code channel/internal/<vendor>/}; the
 * provider registry is the only place that picks one by type. Calls may block on the network and
 * are never made inside a database transaction.
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
        throw new ProviderException(type().code() + " has no message templates; templates are a Cloud API feature");
    }

    /**
     * Which settings the channel has, by name, as booleans only (never values), for the status
     * endpoint; empty when the provider needs none.
     */
    default Map<String, Boolean> configuration(ChannelAccess access) {
        return Map.of();
    }
}
