package id.sapa.realtime.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import id.sapa.realtime.RealtimeEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Tells a signed-in client where to open its sockets: the Socket.IO server has its own port, and a
 * random one in tests, so the web app cannot guess it.
 */
@RestController
@Tag(name = "Realtime", description = "Where the Socket.IO server listens")
class RealtimeController {

    private final RealtimeEndpoint endpoint;

    RealtimeController(RealtimeEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @GetMapping("/api/realtime")
    @Operation(summary = "The Socket.IO server's port on this host",
            description = "enabled false when the server runs without Socket.IO (SOCKETIO_ENABLED=false).")
    RealtimeInfo info() {
        var port = endpoint.listeningPort();
        return new RealtimeInfo(port.isPresent(), port.isPresent() ? port.getAsInt() : null);
    }

    record RealtimeInfo(boolean enabled, Integer port) {
    }
}
