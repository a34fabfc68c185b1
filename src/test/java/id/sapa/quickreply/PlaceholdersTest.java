package id.sapa.quickreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void fillsKnownPlaceholdersAndLeavesUnknownOnesAsWritten() {
        Map<String, String> values = new HashMap<>();
        values.put("name", "Budi");
        values.put("phone", "+6281234567890");

        String filled = Placeholders.fill("Halo {{name}}, nomor {{ phone }} ya. {{order}} $1 \\", values);

        assertThat(filled).isEqualTo("Halo Budi, nomor +6281234567890 ya. {{order}} $1 \\");
    }

    @Test
    void aKnownPlaceholderWithoutValueBecomesEmpty() {
        Map<String, String> values = new HashMap<>();
        values.put("name", null);

        assertThat(Placeholders.fill("Halo {{name}}!", values)).isEqualTo("Halo !");
    }
}
