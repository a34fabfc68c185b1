package id.sapa.channel.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.channel.WhatsAppProviderContract;
import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelRef;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.WebhookRequest;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.support.WebIntegrationTest;
import id.sapa.tenant.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebIntegrationTest
class SandboxProviderContractTest extends WhatsAppProviderContract {

    @Autowired
    SandboxProvider sandbox;
    @Autowired
    SandboxFaults faults;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandboxOutbox outbox;

    ChannelAccess channel;

    @BeforeEach
    void channel() {
        TenantId tenant = tenants.create("Toko Kontrak").id();
        ChannelId id = ChannelId.random();
        PhoneNumber number = PhoneNumber.parse("+62811" + (1_000_000 + new java.util.Random().nextInt(9_000_000)));
        jdbc.sql("INSERT INTO channels (id, tenant_id, provider, status, phone_number) VALUES (?, ?, 'sandbox', 'connected', ?)")
                .params(id.value(), tenant.value(), number.e164()).update();
        channel = new ChannelAccess(new ChannelRef(id, tenant, ProviderType.SANDBOX, number), Map.of(), Map.of());
    }

    @Override
    protected WhatsAppProvider provider() {
        return sandbox;
    }

    @Override
    protected ChannelAccess connectedChannel() {
        return channel;
    }

    @Override
    protected Map<String, String> connectRequest() {
        return Map.of();
    }

    @Override
    protected void rateLimitNextSend() {
        faults.failNext(channel.channel().tenantId(), 1, SandboxFaults.Kind.RATE_LIMIT);
    }

    @Override
    protected List<String> readReceiptsReceived() {
        return outbox.readReceipts(channel.channel().tenantId(), channel.channel().id());
    }

    @Override
    protected boolean enforcesServiceWindow() {
        return false;
    }

    /** The sandbox's customers write through {@code POST /api/sandbox/inbound}, not a webhook. */
    @Override
    protected Optional<WebhookRequest> textWebhook(String providerMessageId, String text) {
        return Optional.empty();
    }

    /** A sandbox customer's file comes with the message. */
    @Override
    protected Optional<WebhookRequest> imageWebhook(String providerMessageId, byte[] file) {
        return Optional.empty();
    }

    @Test
    void aRetriedSendWithTheSameClientIdIsDeliveredOnce() {
        var message = text("Pesanan dikirim");

        var first = (Accepted) sandbox.send(channel, message);
        var again = (Accepted) sandbox.send(channel, message);

        assertThat(again.providerMessageId()).isEqualTo(first.providerMessageId());
        assertThat(jdbc.sql("SELECT count(*) FROM sandbox_outbox WHERE channel_id = ?").param(channel.channel().id().value())
                .query(Integer.class).single()).isEqualTo(1);
    }
}
