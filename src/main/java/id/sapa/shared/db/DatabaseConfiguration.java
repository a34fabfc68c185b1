package id.sapa.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import id.sapa.shared.DataDirectory;

/** Provides the one {@link DataSource}: the configured server, or the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Started only when no {@code DATABASE_URL} is set; stopped after the pool closes. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseSettings settings, DataDirectory dataDirectory) throws Exception {
        if (!settings.embedded()) {
            return new EmbeddedDatabaseHolder(null);
        }
        Path directory = settings.ephemeral()
                ? Files.createTempDirectory("sapa-pg-")
                : settings.embeddedDataDirectory(dataDirectory.path());
        return new EmbeddedDatabaseHolder(EmbeddedDatabase.start(directory, settings.ephemeral()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, ObjectProvider<EmbeddedDatabaseHolder> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("sapa");
        config.setMaximumPoolSize(settings.poolSize());
        if (settings.minIdle() != null) {
            config.setMinimumIdle(settings.minIdle());
            config.setIdleTimeout(settings.idleTimeout().toMillis());
        }
        EmbeddedDatabase database = embedded.getObject().database();
        if (database != null) {
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(database.username());
        } else {
            DatabaseUrl url = DatabaseUrl.parse(settings.url());
            log.info("Using PostgreSQL at {}", url);
            config.setJdbcUrl(url.jdbcUrl());
            config.setUsername(url.username());
            config.setPassword(url.password());
        }
        if (settings.schema() == null) {
            return new HikariDataSource(config);
        }
        // Every connection works in the schema; the first one creates it, before Flyway looks.
        config.setSchema(settings.schema());
        HikariDataSource dataSource = new HikariDataSource(config);
        try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
            create.execute("CREATE SCHEMA IF NOT EXISTS " + settings.schema());
        } catch (SQLException e) {
            dataSource.close();
            throw new IllegalStateException("Could not create the schema " + settings.schema(), e);
        }
        return dataSource;
    }

    /** Lets the pool depend on the embedded server so Spring closes the pool first, then the server. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
