/**
 * Realtime: the Socket.IO v4 server the web inbox and integrators listen to. It pushes the other
 * modules' events: namespace {@code /whatsapp} the connection's QR codes and status and the
 * notices' progress ({@code notification-updated}, {@code notification-batch-progress}),
 * {@code /messages} the inbox (new messages, statuses, typing, conversation changes, handovers,
 * notes, presence). Pushes are best effort: sent after the change committed, never recorded in the
 * event publication registry. Every socket is authenticated with an access token and sees only its
 * own tenant.
 *
 * <p>It also accepts a few socket commands and forwards each to the owning module's API exactly as
 * that module's REST controller does (the module checks the actor): {@code disconnect-whatsapp} to
 * {@code Channels.disconnect}, {@code mark-as-read} to {@code Messages.markRead}; joining rooms and
 * the team's typing indicators stay in realtime. Nobody depends on this module.
 */
@ApplicationModule(allowedDependencies = {"shared", "auth", "operator", "conversation", "message", "channel", "channel :: spi",
        "notification"})
package id.sapa.realtime;

import org.springframework.modulith.ApplicationModule;
