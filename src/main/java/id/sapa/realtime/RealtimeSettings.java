package id.sapa.realtime;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled        {@code SOCKETIO_ENABLED}: run the Socket.IO server at all
 * @param host           {@code SOCKETIO_HOST}: the address it listens on
 * @param port           {@code SOCKETIO_PORT}; unset: the HTTP port + 1
 * @param allowedOrigins browser origins that may open a socket: the {@code FRONTEND_URL} list the
 *                       HTTP API allows, beside the server's own {@code http://localhost:PORT}
 */
@ConfigurationProperties("sapa.realtime")
record RealtimeSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.0.0.0") String host,
        Integer port,
        @DefaultValue("") List<String> allowedOrigins) {

    /**
     * The port to listen on. A random HTTP port (0, as in tests) gives a random Socket.IO port too:
     * "the next port" of a random one may well be taken.
     */
    int port(int httpPort) {
        if (port != null) {
            return port;
        }
        return httpPort == 0 ? 0 : httpPort + 1;
    }

    /**
     * The origins allowed, given the port the HTTP server really listens on: the server's own pages
     * (the web app it serves) always, and the {@code FRONTEND_URL} ones beside them.
     */
    List<String> origins(int actualHttpPort) {
        List<String> origins = new ArrayList<>(List.of("http://localhost:" + actualHttpPort, "http://127.0.0.1:" + actualHttpPort));
        allowedOrigins.stream().map(String::strip).filter(s -> !s.isEmpty()).map(RealtimeSettings::withoutTrailingSlash)
                .filter(origin -> !origins.contains(origin)).forEach(origins::add);
        return List.copyOf(origins);
    }

    private static String withoutTrailingSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
