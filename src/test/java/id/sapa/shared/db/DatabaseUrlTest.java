package id.sapa.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsTheHerokuStyleUrlOfTheSeeds() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://sapa:s3cret@db.internal:6543/sapa_prod");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/sapa_prod");
        assertThat(url.username()).isEqualTo("sapa");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void decodesEscapedCredentialsAndKeepsQueryOptions() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app%40corp:p%3Ass%2Fw@localhost/db?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db?sslmode=require");
        assertThat(url.username()).isEqualTo("app@corp");
        assertThat(url.password()).isEqualTo("p:ss/w");
    }

    @Test
    void takesJdbcUrlsAsTheyAre() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        assertThat(url.username()).isNull();
    }

    @Test
    void userWithoutPasswordAndNoDatabaseName() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://postgres@127.0.0.1:5432");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(url.username()).isEqualTo("postgres");
        assertThat(url.password()).isNull();
    }

    @Test
    void refusesOtherDatabasesWithAClearMessage() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root@localhost/db"))
                .hasMessageContaining("postgres://").hasMessageContaining("mysql");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(DatabaseUrl.parse("postgres://sapa:s3cret@db:5432/sapa").toString()).doesNotContain("s3cret");
    }
}
