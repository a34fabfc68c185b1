package id.sapa.realtime;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.listener.PingListener;
import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import com.corundumstudio.socketio.transport.NamespaceClient;

/**
 * Lets a client's upgrade from HTTP long-polling to WebSocket finish at once. Once its WebSocket
 * probe is answered, the client stops polling and waits for its pending poll to return before it
 * switches, holding back everything it emits meanwhile. netty-socketio answers that poll with a
 * single no-op sent at the probe, which a poll response already on its way may have carried
 * instead; the client then waits for the next ping, up to 25 seconds, with its requests held back
 * (seen here under load on the first request after connecting). Like the reference Socket.IO
 * server, this keeps sending no-ops on the polling transport until the client has switched.
 *
 * <p>An Engine.IO v4 client sends a ping only as this probe (the server pings, the client answers
 * with pongs), so a ping marks an upgrade in progress.
 */
final class UpgradeNudge implements PingListener {

    private static final long INTERVAL_MILLIS = 100;

    private final ScheduledExecutorService scheduler;
    private final int maxNudges;

    /** @param upgradeTimeoutMillis how long netty-socketio waits for an upgrade to complete */
    UpgradeNudge(ScheduledExecutorService scheduler, int upgradeTimeoutMillis) {
        this.scheduler = scheduler;
        this.maxNudges = (int) Math.max(1, upgradeTimeoutMillis / INTERVAL_MILLIS);
    }

    @Override
    public void onPing(SocketIOClient client) {
        if (client instanceof NamespaceClient namespaceClient && client.getEngineIOVersion() == EngineIOVersion.V4) {
            nudgeLater(namespaceClient.getBaseClient(), maxNudges);
        }
    }

    private void nudgeLater(ClientHead connection, int remaining) {
        scheduler.schedule(() -> nudge(connection, remaining), INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void nudge(ClientHead connection, int remaining) {
        if (remaining == 0 || !upgrading(connection)) {
            return;
        }
        // Only into an empty queue: a waiting poll then carries just this no-op, and none pile up
        // while the client is between polls.
        if (connection.getPacketsQueue(Transport.POLLING).isEmpty()) {
            connection.send(new Packet(PacketType.NOOP, connection.getEngineIOVersion()), Transport.POLLING);
        }
        nudgeLater(connection, remaining - 1);
    }

    private static boolean upgrading(ClientHead connection) {
        return connection.isConnected() && connection.getCurrentTransport() == Transport.POLLING;
    }
}
