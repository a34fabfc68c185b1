package id.sapa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(new byte[32]);
    private final TenantId owner = TenantId.random();

    @Test
    void sealsAndOpensWithoutKeepingThePlaintext() {
        String sealed = box.seal("EAAG-token-rahasia", owner);

        assertThat(sealed).startsWith("v1:").doesNotContain("rahasia");
        assertThat(box.open(sealed, owner)).isEqualTo("EAAG-token-rahasia");
        assertThat(box.seal("EAAG-token-rahasia", owner)).isNotEqualTo(sealed);
    }

    @Test
    void aValueCopiedToAnotherTenantDoesNotOpen() {
        String sealed = box.seal("token", owner);

        assertThatThrownBy(() -> box.open(sealed, TenantId.random())).hasMessageContaining("does not open");
    }

    @Test
    void anotherKeyDoesNotOpen() {
        byte[] other = new byte[32];
        other[0] = 1;
        String sealed = box.seal("token", owner);

        assertThatThrownBy(() -> new SecretBox(other).open(sealed, owner)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysMustBe32BytesOfBase64() {
        assertThatThrownBy(() -> SecretBox.fromBase64("c2hvcnQ=", "WHATSAPP_ENCRYPTION_KEY"))
                .hasMessageContaining("WHATSAPP_ENCRYPTION_KEY").hasMessageContaining("32 bytes");
        assertThat(SecretBox.fromBase64(Base64.getEncoder().encodeToString(new byte[32]), "K")).isNotNull();
    }
}
