package id.sapa.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.corundumstudio.socketio.HandshakeData;

import io.netty.handler.codec.http.DefaultHttpHeaders;

/** The browser origins a socket handshake is accepted from (no token: the origin decides alone). */
class SocketOriginTest {

    private static final int HTTP_PORT = 8000;

    private final SocketAuthentication authentication = new SocketAuthentication(null,
            List.of("https://app.tokobudi.id"), HTTP_PORT);

    @Test
    void aListedOriginIsAccepted() {
        assertThat(accepted("https://app.tokobudi.id", "ws.tokobudi.id:8001")).isTrue();
    }

    @Test
    void thisServersOwnPagesAreAcceptedUnderAnyNameItIsReachedBy() {
        assertThat(accepted("http://192.168.1.20:8000", "192.168.1.20:8001")).isTrue();
        assertThat(accepted("http://kasir.local:8000", "KASIR.local:8001")).isTrue();
    }

    @Test
    void anotherSiteIsRefused() {
        assertThat(accepted("https://evil.example", "192.168.1.20:8001")).isFalse();
    }

    @Test
    void anotherPortOnTheSameHostIsRefused() {
        assertThat(accepted("http://192.168.1.20:3000", "192.168.1.20:8001")).isFalse();
    }

    @Test
    void aPageNamingAnotherHostThanTheSocketIsRefused() {
        assertThat(accepted("http://evil.example:8000", "192.168.1.20:8001")).isFalse();
    }

    @Test
    void aScriptWithoutOriginIsLeftToItsToken() {
        assertThat(accepted(null, "192.168.1.20:8001")).isTrue();
    }

    private boolean accepted(String origin, String host) {
        DefaultHttpHeaders headers = new DefaultHttpHeaders();
        if (origin != null) {
            headers.set("Origin", origin);
        }
        headers.set("Host", host);
        HandshakeData handshake = new HandshakeData(headers, Map.of(), new InetSocketAddress("127.0.0.1", 50000),
                "/socket.io/", false);
        return authentication.getAuthorizationResult(handshake).isAuthorized();
    }
}
