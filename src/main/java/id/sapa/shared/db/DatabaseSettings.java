package id.sapa.shared.db;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url        {@code DATABASE_URL}; blank means "start the embedded PostgreSQL"
 * @param poolSize   connections kept open to the database
 * @param ephemeral  embedded only: use a throw-away data directory (tests) instead of the data dir
 * @param schema     {@code SAPA_DATABASE_SCHEMA}: the schema Sapa keeps its tables in, created when
 *                   missing; blank means the database's default ({@code public})
 */
@ConfigurationProperties("sapa.database")
public record DatabaseSettings(String url, @DefaultValue("10") int poolSize, boolean ephemeral, String schema) {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public DatabaseSettings {
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
