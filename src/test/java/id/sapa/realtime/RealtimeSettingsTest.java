package id.sapa.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RealtimeSettingsTest {

    @Test
    void withoutSocketIoPortTheServerListensNextToTheHttpPort() {
        assertThat(settings(null, List.of()).port(8000)).isEqualTo(8001);
    }

    @Test
    void aRandomHttpPortGivesARandomSocketIoPort() {
        assertThat(settings(null, List.of()).port(0)).isZero();
    }

    @Test
    void socketIoPortWins() {
        assertThat(settings(9100, List.of()).port(8000)).isEqualTo(9100);
    }

    @Test
    void theFrontendUrlsAreAllowedBesideTheServersOwnPages() {
        assertThat(settings(null, List.of(" https://app.toko.id/ ", "", "http://localhost:5173")).origins(8000))
                .containsExactly("http://localhost:8000", "http://127.0.0.1:8000", "https://app.toko.id", "http://localhost:5173");
    }

    @Test
    void withoutFrontendUrlsOnlyTheServersOwnPagesMayConnect() {
        assertThat(settings(null, List.of()).origins(8000))
                .containsExactly("http://localhost:8000", "http://127.0.0.1:8000");
    }

    private static RealtimeSettings settings(Integer port, List<String> origins) {
        return new RealtimeSettings(true, "0.0.0.0", port, origins);
    }
}
