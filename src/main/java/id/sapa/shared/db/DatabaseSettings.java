package id.sapa.shared.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url        {@code DATABASE_URL}; blank means "start the embedded PostgreSQL"
 * @param poolSize   the most connections open to the database at once
 * @param minIdle    {@code SAPA_DB_MIN_IDLE}: connections kept open while idle; unset keeps the whole
 *                   pool open. Lower it where many Sapa processes share one server (several nodes, or
 *                   the test suite's cached contexts), so that idle ones do not hold its connections.
 * @param idleTimeout how long a connection above {@code minIdle} may stay unused before it is closed
 * @param ephemeral  embedded only: use a throw-away data directory (tests) instead of the data dir
 * @param schema     {@code SAPA_DATABASE_SCHEMA}: the schema Sapa keeps its tables in, created when
 *                   missing; blank means the database's default ({@code public})
 */
@ConfigurationProperties("sapa.database")
public record DatabaseSettings(String url, @DefaultValue("10") int poolSize, Integer minIdle,
        @DefaultValue("10m") Duration idleTimeout, boolean ephemeral, String schema) {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public DatabaseSettings {
        if (minIdle != null && (minIdle < 0 || minIdle > poolSize)) {
            throw new IllegalArgumentException("SAPA_DB_MIN_IDLE must be between 0 and the pool size " + poolSize
                    + ", not " + minIdle);
        }
        schema = schema == null || schema.isBlank() ? null : schema.strip();
        if (schema != null && !SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("SAPA_DATABASE_SCHEMA must be a lower-case PostgreSQL name"
                    + " (letters, digits and _, at most 63), not '" + schema + "'");
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    Path embeddedDataDirectory(Path dataDir) {
        return dataDir.resolve("postgres");
    }
}
