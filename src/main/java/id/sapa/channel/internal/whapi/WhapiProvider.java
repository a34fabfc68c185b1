package id.sapa.channel.internal.whapi;

import static id.sapa.channel.internal.whapi.WhapiSettings.present;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sapa.channel.internal.http.ListSections;
import id.sapa.channel.internal.http.ProviderHttp;
import id.sapa.channel.internal.http.ProviderHttp.NoAnswer;
import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ConnectResult;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Buttons;
import id.sapa.channel.spi.OutboundMessage.ListMenu;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.OutboundMessage.Text;
import id.sapa.channel.spi.ProviderException;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Failure;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.SendResult.SendError;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.PhoneNumber;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whapi.cloud: a hosted gateway holding a number linked by QR in Whapi's dashboard. Sapa checks
 * the channel is authorised, sends texts, media, reply buttons and lists (Whapi's
 * {@code /messages/interactive}) and reactions, and takes Whapi's webhooks on a per-channel secret
 * URL (Whapi signs nothing). Templates are a Cloud API feature.
 */
@Component
class WhapiProvider implements WhatsAppProvider {

    static final String TOKEN = "token";
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String BASE_URL = "baseUrl";
    static final String WHAPI_CHANNEL_ID = "whapiChannelId";

    private static final Logger log = LoggerFactory.getLogger(WhapiProvider.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WhapiSettings settings;
    private final ProviderHttp http;
    private final JsonMapper json;

    WhapiProvider(WhapiSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = new ProviderHttp(settings.timeout());
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
            throw ProviderException.invalidField("token", "is required: the API token of the channel in the Whapi dashboard");
        }
        String baseUrl = present(request.get(BASE_URL)) ? request.get(BASE_URL).strip() : setting(access, BASE_URL);
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s]+")) {
            throw ProviderException.invalidField("baseUrl", "must be an http(s) URL");
        }
        credentials.putIfAbsent(WEBHOOK_SECRET, newSecret());
        ChannelAccess checking = new ChannelAccess(access.channel(), credentials,
                baseUrl == null ? access.settings() : Map.of(BASE_URL, baseUrl));
        Call health = call(checking, "GET", "/health", null);
        if (health.error() != null) {
            throw new ProviderException("Whapi refused the token: " + health.error().message());
        }
        String state = health.body().path("status").path("text").asString("");
        if (!state.equals("AUTH")) {
            throw new ProviderException("The Whapi channel is not linked to a phone (status " + state
                    + "); scan its QR code in the Whapi dashboard first");
        }
        String userId = health.body().path("user").path("id").asString(null);
        Map<String, Object> facts = new LinkedHashMap<>();
        if (baseUrl != null) {
            facts.put(BASE_URL, baseUrl);
        }
        String whapiChannel = health.body().path("channel_id").asString(null);
        if (whapiChannel != null) {
            facts.put(WHAPI_CHANNEL_ID, whapiChannel);
        }
        facts.put("profileName", health.body().path("user").path("name").asString(null));
        facts.values().removeIf(java.util.Objects::isNull);
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", message.to().phone().digits());
        String path;
        switch (message.content()) {
            case Text text -> {
                path = "/messages/text";
                body.put("body", text.body());
                if (!text.previewUrl()) {
                    body.put("no_link_preview", true);
                }
            }
            case Media media -> {
                path = "/messages/" + endpoint(media);
                // An upload Sapa holds goes as a data URL: Whapi cannot reach Sapa's own media URLs.
                body.put("media", media.bytes() == null ? media.url()
                        : "data:" + media.mimeType() + ";base64," + Base64.getEncoder().encodeToString(media.bytes()));
                if (media.mimeType() != null) {
                    body.put("mime_type", media.mimeType());
                }
                // Whapi documents a caption for images, videos and documents, a file name for documents.
                boolean captioned = media.kind() == MessageKind.IMAGE || media.kind() == MessageKind.VIDEO
                        || media.kind() == MessageKind.DOCUMENT;
                if (captioned && media.caption() != null) {
                    body.put("caption", media.caption());
                }
                if (media.kind() == MessageKind.DOCUMENT && media.fileName() != null) {
                    body.put("filename", media.fileName());
                }
            }
            case Buttons buttons -> {
                path = "/messages/interactive";
                interactive(body, "button", buttons.body(), buttons.footer());
                body.put("action", Map.of("buttons", buttons.buttons().stream()
                        .map(b -> Map.of("type", "quick_reply", "title", b.title(), "id", b.id())).toList()));
            }
            case ListMenu list -> {
                path = "/messages/interactive";
                interactive(body, "list", list.body(), list.footer());
                body.put("action", Map.of("list", Map.of("label", list.buttonLabel(),
                        "sections", ListSections.json(list.sections()))));
            }
            case Reaction reaction -> {
                return react(access, reaction);
            }
            case Template template -> {
                return new Rejected(new SendError(Failure.PERMANENT, "unsupported",
                        "Whapi channels cannot send WhatsApp templates; templates need the Cloud API", null));
            }
        }
        if (message.quotedProviderMessageId() != null) {
            body.put("quoted", message.quotedProviderMessageId());
        }
        Call sent = call(access, "POST", path, body);
        if (sent.error() != null) {
            return new Rejected(sent.error());
        }
        String id = sent.body().path("message").path("id").asString(null);
        if (!sent.body().path("sent").asBoolean(false) || id == null) {
            return new Rejected(new SendError(Failure.PERMANENT, "not_sent", "Whapi did not send the message", null));
        }
        return new Accepted(id);
    }

    /**
     * Whapi's send endpoint for a media kind: {@code /messages/image|video|audio|voice|document|sticker}.
     * An Ogg (Opus) audio is a voice note, shown with the microphone and waveform, like a recorded one.
     */
    static String endpoint(Media media) {
        return switch (media.kind()) {
            case IMAGE -> "image";
            case VIDEO -> "video";
            case AUDIO -> media.mimeType() != null && media.mimeType().toLowerCase(java.util.Locale.ROOT).startsWith("audio/ogg")
                    ? "voice" : "audio";
            case STICKER -> "sticker";
            default -> "document";
        };
    }

    /** Whapi's {@code POST /messages/interactive}: Meta-like body, footer and action, flattened into the request. */
    private static void interactive(Map<String, Object> body, String type, String text, String footer) {
        body.put("type", type);
        body.put("body", Map.of("text", text));
        if (footer != null) {
            body.put("footer", Map.of("text", footer));
        }
    }

    /** {@code PUT /messages/{id}/reaction} sets the emoji, {@code DELETE} takes it away; Whapi answers no message id. */
    private SendResult react(ChannelAccess access, Reaction reaction) {
        String path = "/messages/" + URLEncoder.encode(reaction.targetProviderMessageId(), StandardCharsets.UTF_8) + "/reaction";
        boolean remove = reaction.emoji() == null || reaction.emoji().isEmpty();
        Call call = call(access, remove ? "DELETE" : "PUT", path, remove ? null : Map.of("emoji", reaction.emoji()));
        if (call.error() != null) {
            return new Rejected(call.error());
        }
        if (call.body() != null && !call.body().path("success").asBoolean(true)) {
            return new Rejected(new SendError(Failure.PERMANENT, "not_sent", "Whapi did not set the reaction", null));
        }
        return new Accepted(null);
    }

    @Override
    public void markRead(ChannelAccess access, String providerMessageId) {
        Call read = call(access, "PUT", "/messages/" + providerMessageId, null);
        if (read.error() != null) {
            log.info("Whapi read receipt for {} not sent: {}", providerMessageId, read.error().message());
        }
    }

    @Override
    public Map<String, Boolean> configuration(ChannelAccess access) {
        boolean token = access.credentials().containsKey(TOKEN) || present(settings.token());
        return Map.of(TOKEN, token, WEBHOOK_SECRET, access.credentials().containsKey(WEBHOOK_SECRET), "isConfigured", token);
    }

    /** Fetches a media file Whapi holds: by the link it gave, else by its id. */
    byte[] download(ChannelAccess access, String link, String mediaId) {
        String url = link != null ? link : base(access) + "/media/" + mediaId;
        ProviderHttp.Response response = http.send(request(access, URI.create(url)).GET().build());
        if (!response.ok()) {
            throw new IllegalStateException("Whapi answered HTTP " + response.status() + " for media " + mediaId);
        }
        return response.body();
    }

    private record Call(JsonNode body, SendError error) {
    }

    private Call call(ChannelAccess access, String method, String path, Object body) {
        HttpRequest.Builder request = request(access, URI.create(base(access) + path));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        ProviderHttp.Response response;
        try {
            response = http.send(request.build());
        } catch (NoAnswer e) {
            return new Call(null, e.reachedServer()
                    ? new SendError(Failure.PERMANENT, "no_answer",
                            "Whapi did not answer in time; the message may have been delivered, check before sending it again", null)
                    : new SendError(Failure.TRANSIENT, "unreachable", "Whapi could not be reached: " + e.getMessage(), null));
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException e) {
            answer = json.createObjectNode();
        }
        if (response.ok()) {
            return new Call(answer, null);
        }
        String reason = answer.path("error").path("message").asString("Whapi answered HTTP " + response.status());
        Failure failure = switch (response.status()) {
            case 401, 403 -> Failure.CREDENTIALS_REJECTED;
            case 429 -> Failure.RATE_LIMITED;
            default -> response.status() >= 500 ? Failure.TRANSIENT : Failure.PERMANENT;
        };
        return new Call(answer, new SendError(failure, "http_" + response.status(), failure == Failure.CREDENTIALS_REJECTED
                ? "Whapi no longer accepts the channel's token (" + reason + "); connect the number again" : reason, null));
    }

    private HttpRequest.Builder request(ChannelAccess access, URI uri) {
        String token = present(access.credentials().get(TOKEN)) ? access.credentials().get(TOKEN) : settings.token();
        return HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private String base(ChannelAccess access) {
        String base = setting(access, BASE_URL) != null ? setting(access, BASE_URL) : settings.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String setting(ChannelAccess access, String name) {
        Object value = access.settings().get(name);
        return value == null ? null : value.toString();
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
