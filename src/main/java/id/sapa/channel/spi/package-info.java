/**
 * The provider SPI: what every WhatsApp provider adapter implements ({@link WhatsAppProvider}),
 * the normalised inbound events it produces and the outbound messages it sends.
 */
@NamedInterface("spi")
package id.sapa.channel.spi;

import org.springframework.modulith.NamedInterface;
