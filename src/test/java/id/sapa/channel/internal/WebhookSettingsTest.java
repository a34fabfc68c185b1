package id.sapa.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    @Test
    void waitsGrowThreefoldUpToSixHours() {
        WebhookSettings settings = new WebhookSettings(40, Duration.ofMinutes(1));

        assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofMinutes(3));
        assertThat(settings.retryDelay(4)).isEqualTo(Duration.ofMinutes(27));
        assertThat(settings.retryDelay(39)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void atLeastOneAttempt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSettings(0, Duration.ofMinutes(1)));
    }
}
