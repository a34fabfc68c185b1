package id.sapa.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url        {@code DATABASE_URL}; blank means "start the embedded PostgreSQL"
 * @param poolSize   connections kept open to the database
 * @param ephemeral  embedded only: use a throw-away data directory (tests) instead of the data dir
 */
@ConfigurationProperties("sapa.database")
public record DatabaseSettings(String url, @DefaultValue("10") int poolSize, boolean ephemeral) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    Path embeddedDataDirectory(Path dataDir) {
        return dataDir.resolve("postgres");
    }
}
