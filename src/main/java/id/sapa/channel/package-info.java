/**
 * WhatsApp connections: one channel per tenant behind one provider SPI ({@code spi}), the
 * connection API, webhooks and the built-in sandbox. Each provider is one package under
 * {@code internal/}, picked by type only in {@code internal.ProviderRegistry} (docs/providers.md).
 * Knows nothing about conversations: inbound events go to whoever implements
 * {@link id.sapa.channel.spi.InboundSink}.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant"})
package id.sapa.channel;

import org.springframework.modulith.ApplicationModule;
