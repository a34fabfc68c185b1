package id.sapa.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.ChannelEvent.ChannelStatusChanged;
import id.sapa.channel.ChannelEvent.QrCodeIssued;
import id.sapa.channel.ChannelEvent.SessionExpired;
import id.sapa.channel.internal.ProviderRegistry;
import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ConnectResult;
import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundSink;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.ProviderException;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Failure;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.SendResult.SendError;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.Actor;
import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;

/**
 * The channel module's API: connect, disconnect, send through and receive from a tenant's
 * WhatsApp number. Provider calls happen outside any transaction; state changes are committed
 * together with the events announcing them.
 */
@Service
public class Channels {

    private static final Text CHANNEL = new Text("Saluran", "Channel");

    private final ChannelRepository repository;
    private final ProviderRegistry providers;
    private final ChannelSecrets secrets;
    private final ChannelKeyring keys;
    private final InboundSink sink;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ChannelSettings settings;
    private final Clock clock;

    Channels(ChannelRepository repository, ProviderRegistry providers, ChannelSecrets secrets, ChannelKeyring keys,
            InboundSink sink, ApplicationEventPublisher events, TransactionTemplate transaction, ChannelSettings settings,
            Clock clock) {
        this.repository = repository;
        this.providers = providers;
        this.secrets = secrets;
        this.keys = keys;
        this.sink = sink;
        this.events = events;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Links the tenant's number with a provider (the configured default when none is named). An
     * already connected channel of the same provider answers as it is, unless new credentials are
     * given.
     */
    public ConnectionView connect(TenantId tenantId, ProviderType requested, Map<String, String> request) {
        ProviderType type = requested != null ? requested : ProviderType.fromCode(settings.defaultProvider());
        var provider = providers.get(type);
        Optional<Channel> existing = repository.findByTenant(tenantId);
        if (existing.isPresent() && existing.get().provider() == type && existing.get().connected() && request.isEmpty()) {
            return view(existing.get());
        }
        Channel channel = transaction.execute(status -> repository.upsert(tenantId, type));
        ConnectResult result;
        try {
            result = provider.connect(access(channel), request);
        } catch (ProviderException refused) {
            throw refused.field() != null ? ProblemException.invalidField(refused.field(), refused.reason())
                    : new ProblemException(ProblemType.VALIDATION, refused.reason());
        }
        Instant now = clock.instant();
        String qr = result.qrPayload() == null ? null : QrCodes.pngDataUrl(result.qrPayload());
        Instant qrExpiresAt = qr == null ? null : now.plus(result.qrLifetime());
        String sealed = secrets.seal(result.credentials(), tenantId);
        try {
            transaction.executeWithoutResult(status -> {
                Map<String, Object> facts = new HashMap<>(result.settings());
                facts.put(Channel.SENDING_STOPPED, false);
                repository.update(channel.id(), result.status(), result.phoneNumber(), qr, qrExpiresAt, sealed, facts, now);
                if (qr != null) {
                    events.publishEvent(new QrCodeIssued(tenantId, channel.id(), qr, result.qrLifetime().toSeconds()));
                }
                events.publishEvent(new ChannelStatusChanged(tenantId, channel.id(), result.status(),
                        digits(result.phoneNumber()), null));
            });
        } catch (DuplicateKeyException taken) {
            throw ProblemException.conflict(new Text("Nomor WhatsApp ini sudah terhubung ke usaha lain di Sapa",
                    "This WhatsApp number is connected to another business in Sapa"));
        }
        return view(repository.find(channel.id()).orElseThrow()).withWebhookPath(result.webhookPath());
    }

    /**
     * A QR-paired provider reports that the phone scanned the code: the channel is connected
     * with the phone's number.
     */
    public void completePairing(ChannelId channelId, PhoneNumber phoneNumber) {
        Channel channel = repository.find(channelId).orElseThrow(() -> ProblemException.notFound(CHANNEL, channelId));
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            repository.update(channelId, ChannelStatus.CONNECTED, phoneNumber, null, null, null, Map.of(), now);
            events.publishEvent(new ChannelStatusChanged(channel.tenantId(), channelId, ChannelStatus.CONNECTED,
                    phoneNumber.digits(), null));
        });
    }

    /**
     * The provider reports the session gone (the phone unlinked Sapa): the tenant must pair
     * again. Provider secrets of the dead session are dropped.
     */
    public void expireSession(ChannelId channelId, String reason) {
        Channel channel = repository.find(channelId).orElseThrow(() -> ProblemException.notFound(CHANNEL, channelId));
        transaction.executeWithoutResult(status -> {
            repository.markDisconnected(channelId, ChannelStatus.LOGOUT, clock.instant());
            events.publishEvent(new SessionExpired(channel.tenantId(), channelId, reason));
            events.publishEvent(new ChannelStatusChanged(channel.tenantId(), channelId, ChannelStatus.DISCONNECTED,
                    digits(channel.phoneNumber()), reason));
        });
    }

    /**
     * Logs the actor's tenant's number out at the provider (best effort) and forgets its session;
     * for owners and admins only. What {@code DELETE /api/whatsapp/disconnect} and the socket
     * command {@code disconnect-whatsapp} both do.
     *
     * @throws ProblemException 403 for any other role, 409 when the number is not connected
     */
    public void disconnect(Actor actor) {
        if (!actor.can(Permission.MANAGE_TENANT)) {
            throw ProblemException.forbidden(new Text("Hanya pemilik dan admin yang dapat memutuskan WhatsApp",
                    "Only owners and admins may disconnect WhatsApp"));
        }
        disconnect(actor.tenantId());
    }

    private void disconnect(TenantId tenantId) {
        Channel channel = repository.findByTenant(tenantId)
                .filter(c -> c.status() != ChannelStatus.LOGOUT && c.status() != ChannelStatus.DISCONNECTED)
                .orElseThrow(() -> ProblemException.conflict(new Text("WhatsApp belum terhubung", "WhatsApp is not connected")));
        providers.get(channel.provider()).logout(access(channel));
        transaction.executeWithoutResult(status -> {
            repository.markDisconnected(channel.id(), ChannelStatus.LOGOUT, clock.instant());
            events.publishEvent(new ChannelStatusChanged(tenantId, channel.id(), ChannelStatus.DISCONNECTED,
                    digits(channel.phoneNumber()), "logged out"));
        });
    }

    /** The tenant's connection; a tenant that never connected is {@code disconnected}. */
    public Optional<ConnectionView> status(TenantId tenantId) {
        return repository.findByTenant(tenantId).map(this::view);
    }

    public Optional<Channel> find(TenantId tenantId) {
        return repository.findByTenant(tenantId);
    }

    /**
     * The tenant's channel as read moments ago: for a path taken once per incoming message. A
     * change on this node shows at once, one on another node within two seconds.
     */
    public Optional<Channel> findRecent(TenantId tenantId) {
        return repository.findRecentByTenant(tenantId);
    }

    /** Whether automated menus go to this channel as reply buttons or lists (else as numbered text). */
    public boolean sendsMenus(Channel channel) {
        return providers.find(channel.provider()).map(WhatsAppProvider::sendsMenus).orElse(false);
    }

    /**
     * Whether a free-form message to the customer must be a template instead: the channel's
     * provider enforces WhatsApp's 24-hour customer service window (Meta's Cloud API does) and it
     * has closed. A template is always allowed.
     *
     * @param lastCustomerMessageAt when the customer last wrote; null when they never did
     */
    public boolean requiresTemplate(Channel channel, Instant lastCustomerMessageAt, Instant now) {
        return providers.find(channel.provider()).map(p -> p.requiresTemplate(lastCustomerMessageAt, now)).orElse(false);
    }

    /** Sends through the channel's provider. Must not be called inside a transaction. */
    public SendResult send(ChannelId channelId, OutboundMessage message) {
        Optional<Channel> channel = repository.find(channelId);
        if (channel.isEmpty() || !channel.get().connected()) {
            return new Rejected(new SendError(Failure.NOT_CONNECTED, "not_connected",
                    "WhatsApp is not connected; connect the number and retry", null));
        }
        SendResult result = providers.get(channel.get().provider()).send(access(channel.get()), message);
        if (result instanceof Rejected(SendError error)
                && (error.failure() == Failure.CREDENTIALS_REJECTED || error.failure() == Failure.POLICY)) {
            stopSending(channel.get(), error.message(), error.failure() == Failure.CREDENTIALS_REJECTED);
        }
        return result;
    }

    /**
     * The provider no longer accepts the channel's credentials (an expired or revoked token), or
     * blocked the number for its policies: the channel is disconnected with the reason and sends are
     * refused until the tenant connects again (with new credentials when those were refused).
     */
    public void stopSending(Channel channel, String reason, boolean credentialsRefused) {
        transaction.executeWithoutResult(status -> {
            if (repository.markSendingStopped(channel.id(), reason, clock.instant())) {
                if (credentialsRefused) {
                    events.publishEvent(new SessionExpired(channel.tenantId(), channel.id(), reason));
                }
                events.publishEvent(new ChannelStatusChanged(channel.tenantId(), channel.id(), ChannelStatus.DISCONNECTED,
                        digits(channel.phoneNumber()), reason));
            }
        });
    }

    /** The provider told new non-secret facts about the number (quality, messaging tier). */
    public void recordProviderFacts(ChannelId channelId, Map<String, Object> facts) {
        transaction.executeWithoutResult(status -> repository.mergeSettings(channelId, facts, clock.instant()));
    }

    /** A channel by the provider's own id for it (a setting such as Meta's {@code phoneNumberId}). */
    public Optional<Channel> findByProviderSetting(ProviderType provider, String setting, String value) {
        return repository.findBySetting(provider, setting, value);
    }

    public Optional<Channel> find(ChannelId channelId) {
        return repository.find(channelId);
    }

    /** Which provider settings the tenant's channel has, as booleans only (never values). */
    public Map<String, Boolean> configuration(TenantId tenantId) {
        return repository.findByTenant(tenantId)
                .map(channel -> providers.get(channel.provider()).configuration(access(channel)))
                .orElse(Map.of());
    }

    /** Sends a read receipt for a customer's message; best effort. */
    public void markRead(ChannelId channelId, String providerMessageId) {
        repository.find(channelId).filter(Channel::connected)
                .ifPresent(channel -> providers.get(channel.provider()).markRead(access(channel), providerMessageId));
    }

    /** Marks the customer's message read and shows "typing…" while a reply is prepared; best effort. */
    public void markReadAndType(ChannelId channelId, String providerMessageId) {
        repository.find(channelId).filter(Channel::connected).ifPresent(channel -> providers.get(channel.provider())
                .markReadAndType(access(channel), providerMessageId));
    }

    /**
     * Hands an event from a provider to the inbound pipeline, made to fit what Sapa stores (see
     * {@link InboundSanitizer}); answers Sapa's message id for messages.
     *
     * @throws ProblemException (validation) when the event cannot be stored, such as a provider id
     *                          longer than Sapa keeps; nothing is stored then
     */
    public String receive(Channel channel, InboundEvent event) {
        return switch (InboundSanitizer.check(event)) {
            case InboundSanitizer.Clean(InboundEvent clean) -> sink.accept(channel.ref(), clean);
            case InboundSanitizer.Refused(String field, Text reason) -> throw ProblemException.invalidField(field, reason);
        };
    }

    /** Whether the provider's message is already stored: a redelivery, whose media need not be fetched again. */
    public boolean isRecorded(Channel channel, String providerMessageId) {
        return sink.isRecorded(channel.ref(), providerMessageId);
    }

    private ChannelAccess access(Channel channel) {
        return keys.open(channel);
    }

    private ConnectionView view(Channel channel) {
        Long expiresIn = channel.qrExpiresAt() == null ? null
                : Math.max(0, Duration.between(clock.instant(), channel.qrExpiresAt()).toSeconds());
        return new ConnectionView(channel.id(), channel.provider(), channel.status(), digits(channel.phoneNumber()),
                channel.qrCode(), expiresIn, channel.lastConnectedAt(), null);
    }

    private static String digits(PhoneNumber phone) {
        return phone == null ? null : phone.digits();
    }
}
