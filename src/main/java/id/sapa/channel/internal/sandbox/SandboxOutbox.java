package id.sapa.channel.internal.sandbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;

/** What the sandbox delivered to customers' phones: messages, and read receipts for theirs. */
@Repository
class SandboxOutbox {

    private final JdbcClient jdbc;

    SandboxOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Delivers a message once: a second delivery with the same client id (a retried job) answers
     * the first one's WhatsApp id instead of delivering again.
     */
    String deliver(TenantId tenantId, ChannelId channelId, String clientMessageId, PhoneNumber to, String type,
            String content, String mediaUrl, String quotedWaMessageId, Instant at) {
        String waMessageId = "wamid.SANDBOX." + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        jdbc.sql("""
                INSERT INTO sandbox_outbox (tenant_id, channel_id, wa_message_id, client_message_id, to_phone, type,
                                            content, media_url, quoted_wa_message_id, sent_at)
                VALUES (:tenantId, :channelId, :waMessageId, :clientMessageId, :to, :type, :content, :mediaUrl, :quoted, :at)
                ON CONFLICT (channel_id, client_message_id) DO NOTHING
                """)
                .param("tenantId", tenantId.value()).param("channelId", channelId.value())
                .param("waMessageId", waMessageId).param("clientMessageId", clientMessageId)
                .param("to", to.e164()).param("type", type).param("content", content).param("mediaUrl", mediaUrl)
                .param("quoted", quotedWaMessageId).param("at", Timestamp.from(at))
                .update();
        return jdbc.sql("SELECT wa_message_id FROM sandbox_outbox WHERE channel_id = :channelId AND client_message_id = :id")
                .param("channelId", channelId.value()).param("id", clientMessageId)
                .query(String.class).single();
    }

    List<Delivered> to(TenantId tenantId, PhoneNumber to) {
        return jdbc.sql("""
                SELECT wa_message_id, type, content, media_url, quoted_wa_message_id, sent_at
                FROM sandbox_outbox WHERE tenant_id = :tenantId AND to_phone = :to ORDER BY id
                """)
                .param("tenantId", tenantId.value()).param("to", to.e164())
                .query((rs, row) -> new Delivered(rs.getString("wa_message_id"), rs.getString("type"),
                        rs.getString("content"), rs.getString("media_url"), rs.getString("quoted_wa_message_id"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** The business read a customer's message (and, with {@code typing}, showed "typing…"); once per message. */
    void markRead(TenantId tenantId, ChannelId channelId, String waMessageId, boolean typing, Instant at) {
        jdbc.sql("""
                INSERT INTO sandbox_read_receipts (tenant_id, channel_id, wa_message_id, typing, read_at)
                VALUES (:tenantId, :channelId, :waMessageId, :typing, :at)
                ON CONFLICT (channel_id, wa_message_id) DO NOTHING
                """)
                .param("tenantId", tenantId.value()).param("channelId", channelId.value()).param("waMessageId", waMessageId)
                .param("typing", typing).param("at", Timestamp.from(at)).update();
    }

    /** The customers' messages the business marked read on the channel, oldest first. */
    List<String> readReceipts(TenantId tenantId, ChannelId channelId) {
        return jdbc.sql("""
                SELECT wa_message_id FROM sandbox_read_receipts WHERE tenant_id = :tenantId AND channel_id = :channelId
                ORDER BY read_at, wa_message_id
                """)
                .param("tenantId", tenantId.value()).param("channelId", channelId.value()).query(String.class).list();
    }

    record Delivered(String waMessageId, String type, String content, String mediaUrl, String quotedWaMessageId,
            Instant sentAt) {
    }
}
