package id.sapa.autoreply;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.MessageId;

/** The customer messages already decided on, so each is decided once however often it is offered. */
@Repository
class HandledMessages {

    private final JdbcClient jdbc;

    HandledMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the message for the caller's transaction: {@code false} when another decision has it
     * (committed, or waited for until it commits). A rollback gives the claim back.
     */
    boolean claim(MessageId id) {
        return jdbc.sql("INSERT INTO auto_reply_handled (message_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .param("id", id.value()).update() == 1;
    }

    int forgetBefore(Instant before) {
        return jdbc.sql("DELETE FROM auto_reply_handled WHERE handled_at < :before")
                .param("before", Timestamp.from(before)).update();
    }
}
