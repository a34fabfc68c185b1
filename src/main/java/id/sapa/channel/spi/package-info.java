/**
 * The provider SPI: what every WhatsApp provider adapter implements ({@link WhatsAppProvider}) —
 * connecting, sending, read receipts, authenticating and reading its webhooks into
 * {@link WebhookItem}s, fetching media and the 24-hour window rule — with the normalised inbound
 * events it produces and the outbound messages it sends. How to add a provider: docs/providers.md.
 */
@NamedInterface("spi")
package id.sapa.channel.spi;

import org.springframework.modulith.NamedInterface;
