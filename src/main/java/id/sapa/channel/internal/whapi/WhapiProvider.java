package id.sapa.channel.internal.whapi;

import static id.sapa.channel.internal.whapi.WhapiSettings.present;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sapa.channel.internal.WebhookBodies;
import id.sapa.channel.internal.whapi.WhapiPayloads.Send;
import id.sapa.channel.internal.whapi.WhapiWebhookParser.Parsed;
import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ConnectResult;
import id.sapa.channel.spi.DownloadedMedia;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.ProviderException;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Failure;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.SendResult.SendError;
import id.sapa.channel.spi.SkippedItems;
import id.sapa.channel.spi.WebhookItem;
import id.sapa.channel.spi.WebhookItem.ChannelKey;
import id.sapa.channel.spi.WebhookItem.MediaRef;
import id.sapa.channel.spi.WebhookItem.Received;
import id.sapa.channel.spi.WebhookRequest;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whapi.cloud: a hosted gateway holding a number linked by QR in Whapi's dashboard. Sapa checks
 * the channel is authorised, sends texts, media, reply buttons and lists (Whapi's
 * {@code /messages/interactive}) and reactions, and takes Whapi's webhooks on a per-channel secret
 * URL (Whapi signs nothing). Templates are a Cloud API feature, and Whapi does not enforce the
 * 24-hour window. Split like every HTTP adapter: this class (the SPI), {@link WhapiApi} (transport),
 * {@link WhapiPayloads} (request bodies), {@link WhapiErrors} (error classification) and
 * {@link WhapiWebhookParser} (webhooks).
 */
@Component
class WhapiProvider implements WhatsAppProvider {

    static final String TOKEN = WhapiApi.TOKEN;
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String BASE_URL = WhapiApi.BASE_URL;
    static final String WHAPI_CHANNEL_ID = "whapiChannelId";

    private static final Logger log = LoggerFactory.getLogger(WhapiProvider.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WhapiSettings settings;
    private final WhapiApi api;
    private final JsonMapper json;

    WhapiProvider(WhapiSettings settings, WhapiApi api, JsonMapper json) {
        this.settings = settings;
        this.api = api;
        this.json = json;
    }

    @Override
    public ProviderType type() {
        return ProviderType.WHAPI;
    }

    @Override
    public ConnectResult connect(ChannelAccess access, Map<String, String> request) {
        Map<String, String> credentials = new LinkedHashMap<>(access.credentials());
        if (present(request.get(TOKEN))) {
            credentials.put(TOKEN, request.get(TOKEN).strip());
        }
        if (!present(credentials.get(TOKEN)) && !present(settings.token())) {
            throw ProviderException.invalidField("token", new Text("wajib diisi: token API saluran di dasbor Whapi",
                    "is required: the API token of the channel in the Whapi dashboard"));
        }
        String baseUrl = present(request.get(BASE_URL)) ? request.get(BASE_URL).strip() : WhapiApi.setting(access, BASE_URL);
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s]+")) {
            throw ProviderException.invalidField("baseUrl", new Text("harus berupa URL http(s)", "must be an http(s) URL"));
        }
        credentials.putIfAbsent(WEBHOOK_SECRET, newSecret());
        ChannelAccess checking = new ChannelAccess(access.channel(), credentials,
                baseUrl == null ? access.settings() : Map.of(BASE_URL, baseUrl));
        JsonNode health;
        try {
            health = api.call(checking, "GET", "/health", null);
        } catch (WhapiException e) {
            String said = WhapiErrors.classify(e).message();
            throw new ProviderException(new Text("Whapi menolak tokennya: " + said, "Whapi refused the token: " + said));
        }
        String state = health.path("status").path("text").asString("");
        if (!state.equals("AUTH")) {
            throw new ProviderException(new Text("Saluran Whapi belum tersambung ke ponsel (status " + state
                    + "); pindai kode QR-nya di dasbor Whapi dulu",
                    "The Whapi channel is not linked to a phone (status " + state
                    + "); scan its QR code in the Whapi dashboard first"));
        }
        String userId = health.path("user").path("id").asString(null);
        Map<String, Object> facts = new LinkedHashMap<>();
        if (baseUrl != null) {
            facts.put(BASE_URL, baseUrl);
        }
        String whapiChannel = health.path("channel_id").asString(null);
        if (whapiChannel != null) {
            facts.put(WHAPI_CHANNEL_ID, whapiChannel);
        }
        facts.put("profileName", health.path("user").path("name").asString(null));
        facts.values().removeIf(Objects::isNull);
        return new ConnectResult(ChannelStatus.CONNECTED, userId == null ? null : PhoneNumber.parse(userId), null, null,
                credentials, facts, "/webhook/whapi/" + access.channel().id() + "?secret=" + credentials.get(WEBHOOK_SECRET));
    }

    @Override
    public void logout(ChannelAccess access) {
        // The number stays linked at Whapi (the owner manages it there); Sapa forgets the token.
    }

    @Override
    public SendResult send(ChannelAccess access, OutboundMessage message) {
        if (message.to().phone() == null) {
            return Rejected.noPhoneNumber();
        }
        switch (message.content()) {
            case Reaction reaction -> {
                return react(access, reaction);
            }
            case Template template -> {
                return new Rejected(new SendError(Failure.PERMANENT, "unsupported",
                        "Whapi channels cannot send WhatsApp templates; templates need the Cloud API", null));
            }
            default -> {
            }
        }
        Send send = WhapiPayloads.message(message);
        JsonNode sent;
        try {
            sent = api.call(access, "POST", send.path(), send.body());
        } catch (WhapiException e) {
            return new Rejected(WhapiErrors.classify(e));
        }
        String id = sent.path("message").path("id").asString(null);
        if (!sent.path("sent").asBoolean(false) || id == null) {
            return new Rejected(WhapiErrors.notSent("send the message"));
        }
        return new Accepted(id);
    }

    /** Whapi answers a reaction with success only, no message id of its own. */
    private SendResult react(ChannelAccess access, Reaction reaction) {
        boolean remove = WhapiPayloads.removesReaction(reaction);
        JsonNode answer;
        try {
            answer = api.call(access, remove ? "DELETE" : "PUT", WhapiPayloads.reactionPath(reaction),
                    remove ? null : Map.of("emoji", reaction.emoji()));
        } catch (WhapiException e) {
            return new Rejected(WhapiErrors.classify(e));
        }
        if (!answer.path("success").asBoolean(true)) {
            return new Rejected(WhapiErrors.notSent("set the reaction"));
        }
        return new Accepted(null);
    }

    @Override
    public void markRead(ChannelAccess access, String providerMessageId) {
        try {
            api.call(access, "PUT", WhapiPayloads.readPath(providerMessageId), null);
        } catch (WhapiException e) {
            log.info("Whapi read receipt for {} not sent: {}", providerMessageId, WhapiErrors.classify(e).message());
        }
    }

    @Override
    public Map<String, Boolean> configuration(ChannelAccess access) {
        boolean token = access.credentials().containsKey(TOKEN) || present(settings.token());
        return Map.of(TOKEN, token, WEBHOOK_SECRET, access.credentials().containsKey(WEBHOOK_SECRET), "isConfigured", token);
    }

    /**
     * Whapi signs nothing: the secret of the URL ({@code ?secret=} or {@code X-Webhook-Secret}) is
     * the channel's own for its URL, else the server's {@code WHAPI_WEBHOOK_SECRET}.
     */
    @Override
    public boolean authenticate(WebhookRequest request, ChannelAccess channel) {
        String expected = channel == null ? settings.webhookSecret() : channel.credentials().get(WEBHOOK_SECRET);
        String given = request.query("secret") != null ? request.query("secret") : request.header("X-Webhook-Secret");
        return present(expected) && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Whapi names its channel by {@code channel_id}; a channel's own URL speaks for that channel. */
    @Override
    public List<WebhookItem> parseWebhook(byte[] body, ChannelId authenticated, SkippedItems skipped) {
        return WebhookBodies.readJson(json, body, type()).map(root -> {
            ChannelKey channel = authenticated != null ? new ChannelKey.Id(authenticated)
                    : new ChannelKey.Setting(WHAPI_CHANNEL_ID, root.path("channel_id").asString(null));
            List<WebhookItem> items = new ArrayList<>();
            for (Parsed parsed : WhapiWebhookParser.events(root, skipped)) {
                boolean file = parsed.mediaId() != null || parsed.mediaLink() != null;
                items.add(new Received(channel, parsed.event(), file ? new MediaRef(parsed.mediaId(), parsed.mediaLink()) : null));
            }
            return List.<WebhookItem>copyOf(items);
        }).orElse(List.of());
    }

    /** By the link Whapi gave, else by the media id; Whapi's webhook already said the type. */
    @Override
    public DownloadedMedia downloadMedia(ChannelAccess access, MediaRef media) {
        return new DownloadedMedia(api.download(access, media.link(), media.id()), null);
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
