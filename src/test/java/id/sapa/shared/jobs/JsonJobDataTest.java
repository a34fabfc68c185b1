package id.sapa.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.kagkarlsson.scheduler.exceptions.SerializationException;
import com.github.kagkarlsson.scheduler.serializer.JavaSerializer;

import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

class JsonJobDataTest {

    record Retry(TenantId tenant, MessageId message, int attempt) {
    }

    private final JsonJobData data = new JsonJobData();

    @Test
    void aRecordWithTypedIdsIsStoredAsJsonAndReadBackEqual() {
        Retry retry = new Retry(TenantId.random(), MessageId.next(), 3);

        byte[] stored = data.serialize(retry);

        assertThat(new String(stored, StandardCharsets.UTF_8))
                .contains("\"attempt\":3", "\"value\":\"" + retry.message() + "\"");
        assertThat(data.deserialize(Retry.class, stored)).isEqualTo(retry);
    }

    @Test
    void aBareIdIsAJsonString() {
        UUID id = UUID.randomUUID();

        byte[] stored = data.serialize(id);

        assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo("\"" + id + "\"");
        assertThat(data.deserialize(UUID.class, stored)).isEqualTo(id);
    }

    @Test
    void aFieldALaterVersionAddedDoesNotStopTheJob() {
        MessageId message = MessageId.next();
        byte[] later = ("{\"tenant\":null,\"message\":{\"value\":\"" + message + "\"},\"attempt\":2,\"priority\":\"high\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(data.deserialize(Retry.class, later)).isEqualTo(new Retry(null, message, 2));
    }

    @Test
    void noDataStaysNoData() {
        assertThat(data.serialize(null)).isNull();
        assertThat(data.deserialize(Void.class, null)).isNull();
        assertThat(data.deserialize(Retry.class, null)).isNull();
    }

    /** The form before JSON is converted by a migration; left unconverted it fails loudly, never misread. */
    @Test
    void theOldJavaSerializedStringIsRefused() {
        byte[] old = new JavaSerializer().serialize(UUID.randomUUID() + "#1");

        assertThatThrownBy(() -> data.deserialize(Retry.class, old)).isInstanceOf(SerializationException.class);
    }
}
