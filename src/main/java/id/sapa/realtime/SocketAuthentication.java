package id.sapa.realtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.AuthorizationListener;
import com.corundumstudio.socketio.AuthorizationResult;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.SocketIOClient;

import id.sapa.auth.Accounts;
import id.sapa.shared.Actor;

/**
 * Who may open a socket, and as whom. Socket.IO v4 checks twice, and so does this:
 * <ol>
 * <li>the Engine.IO handshake (an HTTP request): a browser's {@code Origin} must be one of the
 * allowed ones, and a token in {@code ?token=} or {@code Authorization: Bearer} must be valid;</li>
 * <li>each namespace's CONNECT packet: the client's {@code auth: {token}} payload, the usual way,
 * names the user of that namespace's socket; without one the handshake's token must have named
 * somebody.</li>
 * </ol>
 * The user is looked up on every connection, so a removed user cannot connect with an old token.
 * netty-socketio asks both questions synchronously on its network thread; the answer is one
 * signature check and one primary-key query, so it is asked there rather than handed off.
 */
final class SocketAuthentication implements AuthorizationListener {

    static final String AUTHENTICATION_REQUIRED = "Authentication required: connect with auth: { token }";
    static final String INVALID_TOKEN = "The access token is invalid or expired";

    private static final Logger log = LoggerFactory.getLogger(SocketAuthentication.class);
    private static final String HANDSHAKE_ACTOR = "sapa.handshake-actor";
    private static final String BEARER = "Bearer ";

    private final Accounts accounts;
    private final List<String> allowedOrigins;
    private final int httpPort;

    /**
     * @param httpPort the port the server's own pages are served on: a page from this server is
     *                 welcome under whatever name the browser reached it by (a LAN address, a host name)
     */
    SocketAuthentication(Accounts accounts, List<String> allowedOrigins, int httpPort) {
        this.accounts = accounts;
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.httpPort = httpPort;
    }

    /** The Engine.IO handshake; it carries no {@code auth} payload, which comes per namespace. */
    @Override
    public AuthorizationResult getAuthorizationResult(HandshakeData handshake) {
        String origin = handshake.getHttpHeaders().get("Origin");
        // Browsers always send an Origin; refusing foreign ones stops another site's page from
        // riding on a user's connection. Servers and scripts send none and still need a token.
        if (origin != null && !allowedOrigins.contains(origin)
                && !servedHere(origin, handshake.getHttpHeaders().get("Host"))) {
            log.debug("Socket.IO handshake from origin {} refused", origin);
            return AuthorizationResult.FAILED_AUTHORIZATION;
        }
        String token = handshakeToken(handshake);
        if (token == null) {
            return AuthorizationResult.SUCCESSFUL_AUTHORIZATION;
        }
        return accounts.authenticate(token)
                .map(actor -> new AuthorizationResult(true, Map.of(HANDSHAKE_ACTOR, actor)))
                .orElse(AuthorizationResult.FAILED_AUTHORIZATION);
    }

    /**
     * Whether the page comes from this server: the same host the socket was reached at, on the
     * HTTP port. Shop staff open Sapa by a LAN address or a host name nobody listed in
     * {@code FRONTEND_URL}, and the app's own pages must get their live events then too.
     */
    private boolean servedHere(String origin, String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        try {
            URI page = new URI(origin);
            URI socket = new URI("http://" + hostHeader);
            int pagePort = page.getPort() != -1 ? page.getPort() : "https".equals(page.getScheme()) ? 443 : 80;
            return page.getHost() != null && page.getHost().equalsIgnoreCase(socket.getHost()) && pagePort == httpPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A namespace CONNECT packet with an {@code auth} payload. */
    AuthTokenResult connectPayload(Object payload, SocketIOClient client) {
        String token = payload instanceof Map<?, ?> auth ? withoutBearer(auth.get("token")) : null;
        Optional<Actor> actor;
        if (token != null) {
            actor = accounts.authenticate(token);
            if (actor.isEmpty()) {
                return refusal(INVALID_TOKEN);
            }
        } else {
            actor = handshakeActor(client);
            if (actor.isEmpty()) {
                return refusal(AUTHENTICATION_REQUIRED);
            }
        }
        client.set(namespaceKey(client), actor.get());
        return AuthTokenResult.AuthTokenResultSuccess;
    }

    /**
     * The user of a socket that just connected to a namespace: the one its {@code auth} payload
     * named, else the handshake's; empty when neither named anybody.
     */
    Optional<Actor> connected(SocketIOClient client) {
        Optional<Actor> actor = actorOf(client).or(() -> handshakeActor(client));
        actor.ifPresent(a -> client.set(namespaceKey(client), a));
        return actor;
    }

    /** The user of a connected socket; empty for a socket whose connection was refused. */
    static Optional<Actor> actorOf(SocketIOClient client) {
        // netty-socketio keeps one store for all namespaces of a connection: key it per namespace,
        // as each namespace may be connected with its own token.
        return Optional.ofNullable(client.<Actor>get(namespaceKey(client)));
    }

    private static Optional<Actor> handshakeActor(SocketIOClient client) {
        return Optional.ofNullable(client.<Actor>get(HANDSHAKE_ACTOR));
    }

    private static String namespaceKey(SocketIOClient client) {
        return "sapa.actor:" + client.getNamespace().getName();
    }

    private static String handshakeToken(HandshakeData handshake) {
        String query = handshake.getSingleUrlParam("token");
        if (query != null && !query.isBlank()) {
            return query;
        }
        String header = handshake.getHttpHeaders().get("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? withoutBearer(header)
                : null;
    }

    private static String withoutBearer(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        String token = text.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? text.substring(BEARER.length()) : text;
        return token.isBlank() ? null : token.strip();
    }

    /** Socket.IO clients show {@code message} as the {@code connect_error}'s message. */
    private static AuthTokenResult refusal(String message) {
        return new AuthTokenResult(false, Map.of("message", message));
    }
}
