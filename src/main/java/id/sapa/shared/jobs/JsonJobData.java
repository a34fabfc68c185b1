package id.sapa.shared.jobs;

import com.github.kagkarlsson.scheduler.exceptions.SerializationException;
import com.github.kagkarlsson.scheduler.serializer.Serializer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a job's data, a record, as JSON: readable in {@code scheduled_tasks} and independent of
 * the Java class layout, so a record may gain a field without stranding the jobs already waiting.
 * Its own mapper, not the web's: the stored form must not change with the API's JSON settings.
 */
final class JsonJobData implements Serializer {

    private final JsonMapper json = JsonMapper.builder()
            // A field a later version adds is then ignored by a node still on the version before.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public byte[] serialize(Object data) {
        if (data == null) {
            return null;
        }
        try {
            return json.writeValueAsBytes(data);
        } catch (JacksonException e) {
            throw new SerializationException("Job data " + data.getClass().getName() + " cannot be written as JSON", e);
        }
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] data) {
        if (data == null || type == Void.class) {
            return null;
        }
        try {
            return json.readValue(data, type);
        } catch (JacksonException e) {
            throw new SerializationException("Job data cannot be read as " + type.getName(), e);
        }
    }
}
