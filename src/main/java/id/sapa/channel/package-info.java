/**
 * WhatsApp connections: one channel per tenant behind one provider SPI ({@code spi}), the
 * connection API, webhooks and the built-in sandbox. Knows nothing about conversations: inbound
 * events go to whoever implements {@link id.sapa.channel.spi.InboundSink}.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant"})
package id.sapa.channel;

import org.springframework.modulith.ApplicationModule;
