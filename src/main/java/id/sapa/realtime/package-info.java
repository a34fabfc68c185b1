/**
 * Realtime: the Socket.IO v4 server the web inbox and integrators listen to. Namespace
 * {@code /whatsapp} carries the connection's QR codes and status, {@code /messages} the inbox
 * (new messages, statuses, typing, conversation changes). Every socket is authenticated with an
 * access token and sees only its own tenant; events go out only after the change committed.
 * Nobody depends on this module: it only listens to the others' events.
 */
@ApplicationModule(allowedDependencies = {"shared", "auth", "operator", "conversation", "message", "channel", "channel :: spi"})
package id.sapa.realtime;

import org.springframework.modulith.ApplicationModule;
