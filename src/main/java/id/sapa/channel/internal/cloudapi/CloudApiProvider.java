package id.sapa.channel.internal.cloudapi;

import static id.sapa.channel.internal.cloudapi.CloudApiSettings.present;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sapa.channel.internal.WebhookBodies;
import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ConnectResult;
import id.sapa.channel.spi.DownloadedMedia;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.ProviderException;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.SkippedItems;
import id.sapa.channel.spi.WebhookItem;
import id.sapa.channel.spi.WebhookItem.MediaRef;
import id.sapa.channel.spi.WebhookRequest;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.channel.spi.WhatsAppTemplate.ParameterFormat;
import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's official WhatsApp Cloud API. A channel is a registered phone number ({@code phoneNumberId})
 * of a WhatsApp Business Account; the token is the tenant's own or the server's shared app token.
 * Webhooks are signed with the app secret (the shared app's, or a tenant's own app's) and name
 * their number by {@code phone_number_id}; media come by id; free-form messages are refused 24
 * hours after the customer's last message. Split like every HTTP adapter: this class (the SPI),
 * {@link GraphApi} (transport), {@link CloudApiPayloads} (request bodies), {@link CloudApiErrors}
 * (error classification), {@link CloudApiWebhookParser} and {@link CloudApiWebhooks} (webhooks).
 */
@Component
class CloudApiProvider implements WhatsAppProvider {

    static final String PHONE_NUMBER_ID = "phoneNumberId";
    static final String BUSINESS_ACCOUNT_ID = "businessAccountId";
    static final String ACCESS_TOKEN = "accessToken";
    static final String APP_SECRET = "appSecret";
    static final String VERIFY_TOKEN = "verifyToken";

    private static final Logger log = LoggerFactory.getLogger(CloudApiProvider.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    private static final String NUMBER_FIELDS = "display_phone_number,verified_name,quality_rating,messaging_limit_tier";
    /** Meta's customer service window: free-form messages until 24 h after the customer's last message. */
    static final Duration SERVICE_WINDOW = Duration.ofHours(24);

    private final GraphApi graph;
    private final CloudApiSettings settings;
    private final JsonMapper json;

    CloudApiProvider(GraphApi graph, CloudApiSettings settings, JsonMapper json) {
        this.graph = graph;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public ProviderType type() {
        return ProviderType.CLOUD_API;
    }

    @Override
    public ConnectResult connect(ChannelAccess access, Map<String, String> request) {
        Map<String, String> credentials = new LinkedHashMap<>(access.credentials());
        for (String secret : List.of(ACCESS_TOKEN, APP_SECRET, VERIFY_TOKEN)) {
            if (present(request.get(secret))) {
                credentials.put(secret, request.get(secret).strip());
            }
        }
        String phoneNumberId = first(request.get(PHONE_NUMBER_ID), setting(access, PHONE_NUMBER_ID), settings.phoneNumberId());
        String businessAccountId = first(request.get(BUSINESS_ACCOUNT_ID), setting(access, BUSINESS_ACCOUNT_ID),
                settings.businessAccountId());
        if (phoneNumberId == null) {
            throw ProviderException.invalidField(PHONE_NUMBER_ID, new Text("wajib diisi: ID nomor di WhatsApp Manager (API Setup)",
                    "is required: the id of the number in WhatsApp Manager (API Setup)"));
        }
        if (!phoneNumberId.matches("\\d{1,30}")) {
            throw ProviderException.invalidField(PHONE_NUMBER_ID, new Text("harus berupa ID angka yang ditampilkan Meta, bukan nomor teleponnya",
                    "must be the numeric id Meta shows, not the phone number"));
        }
        String token = first(credentials.get(ACCESS_TOKEN), settings.accessToken());
        if (token == null) {
            throw ProviderException.invalidField(ACCESS_TOKEN, new Text("wajib diisi: token system user dengan izin whatsapp_business_messaging",
                    "is required: a system-user token with whatsapp_business_messaging"));
        }
        JsonNode number;
        try {
            number = graph.get(token, phoneNumberId + "?fields=" + NUMBER_FIELDS);
        } catch (GraphException e) {
            throw new ProviderException(new Text("Meta menolak kredensialnya: " + e.reason(), "Meta refused the credentials: " + e.reason()), e);
        }
        PhoneNumber phone = phone(number.path("display_phone_number").asString(""));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(PHONE_NUMBER_ID, phoneNumberId);
        if (businessAccountId != null) {
            facts.put(BUSINESS_ACCOUNT_ID, businessAccountId);
        }
        facts.put("verifiedName", number.path("verified_name").asString(null));
        facts.put("qualityRating", number.path("quality_rating").asString(null));
        facts.put("messagingTier", number.path("messaging_limit_tier").asString(null));
        facts.put("ownApp", credentials.containsKey(APP_SECRET));
        facts.values().removeIf(java.util.Objects::isNull);
        String webhookPath = credentials.containsKey(APP_SECRET) ? "/webhook/whatsapp/" + access.channel().id()
                : "/webhook/whatsapp";
        return new ConnectResult(ChannelStatus.CONNECTED, phone, null, null, credentials, facts, webhookPath);
    }

    @Override
    public void logout(ChannelAccess access) {
        // Nothing to end at Meta: the number stays registered; Sapa only forgets the token.
    }

    @Override
    public SendResult send(ChannelAccess access, OutboundMessage message) {
        try {
            String uploaded = null;
            if (message.content() instanceof Media media && media.bytes() != null) {
                // Sapa's own media URLs are not reachable by Meta: the file goes up first.
                uploaded = graph.upload(token(access), setting(access, PHONE_NUMBER_ID), media.mimeType(),
                        media.fileName(), media.bytes());
            }
            JsonNode answer = graph.post(token(access), setting(access, PHONE_NUMBER_ID) + "/messages",
                    CloudApiPayloads.message(message, uploaded));
            String id = answer.path("messages").path(0).path("id").asString(null);
            if (id == null) {
                // A 2xx without an id cannot be told apart from a send that happened: never send it again.
                return new Rejected(new SendResult.SendError(SendResult.Failure.PERMANENT, "no_message_id",
                        "WhatsApp answered without a message id", null));
            }
            return new Accepted(id);
        } catch (GraphException e) {
            return new Rejected(CloudApiErrors.classify(e));
        }
    }

    /** Meta delivers reply buttons and lists to every WhatsApp client. */
    @Override
    public boolean sendsMenus() {
        return true;
    }

    @Override
    public void markRead(ChannelAccess access, String providerMessageId) {
        read(access, providerMessageId, false);
    }

    @Override
    public void markReadAndType(ChannelAccess access, String providerMessageId) {
        read(access, providerMessageId, true);
    }

    private void read(ChannelAccess access, String providerMessageId, boolean typing) {
        try {
            graph.post(token(access), setting(access, PHONE_NUMBER_ID) + "/messages",
                    CloudApiPayloads.read(providerMessageId, typing));
        } catch (GraphException e) {
            log.info("Read receipt for {} on channel {} not sent: {}", providerMessageId, access.channel().id(), e.reason());
        }
    }

    @Override
    public List<WhatsAppTemplate> templates(ChannelAccess access) {
        String waba = setting(access, BUSINESS_ACCOUNT_ID);
        if (waba == null) {
            throw new ProviderException(new Text(
                    "Saluran ini tidak punya businessAccountId; hubungkan lagi dengan menyebut WhatsApp Business Account-nya",
                    "The channel has no businessAccountId; connect again naming the WhatsApp Business Account"));
        }
        List<WhatsAppTemplate> templates = new ArrayList<>();
        try {
            JsonNode page = graph.get(token(access),
                    waba + "/message_templates?fields=id,name,language,status,category,parameter_format,components&limit=100");
            while (page != null) {
                for (JsonNode t : page.path("data")) {
                    templates.add(template(t));
                }
                String next = page.path("paging").path("next").asString(null);
                page = next == null ? null : graph.getAbsolute(token(access), next);
            }
        } catch (GraphException e) {
            throw new ProviderException(new Text("Meta menolak daftar template: " + e.reason(), "Meta refused the template list: " + e.reason()), e);
        }
        return templates;
    }

    @Override
    public Map<String, Boolean> configuration(ChannelAccess access) {
        Map<String, Boolean> configured = new LinkedHashMap<>();
        boolean token = access.credentials().containsKey(ACCESS_TOKEN) || present(settings.accessToken());
        boolean number = setting(access, PHONE_NUMBER_ID) != null;
        configured.put(ACCESS_TOKEN, token);
        configured.put(PHONE_NUMBER_ID, number);
        configured.put(VERIFY_TOKEN, access.credentials().containsKey(VERIFY_TOKEN) || present(settings.verifyToken()));
        configured.put(APP_SECRET, access.credentials().containsKey(APP_SECRET) || present(settings.appSecret()));
        configured.put("isConfigured", token && number);
        return configured;
    }

    /** Outside the window Meta delivers only approved templates (error 131047 otherwise). */
    @Override
    public boolean requiresTemplate(Instant lastCustomerMessageAt, Instant now) {
        return lastCustomerMessageAt == null || !now.isBefore(lastCustomerMessageAt.plus(SERVICE_WINDOW));
    }

    /**
     * {@code X-Hub-Signature-256} over the raw bytes, with the app secret of the tenant's own app
     * for its own URL, else of the shared app.
     */
    @Override
    public boolean authenticate(WebhookRequest request, ChannelAccess channel) {
        String secret = channel == null ? settings.appSecret() : channel.credentials().get(APP_SECRET);
        String signature = request.header("X-Hub-Signature-256");
        if (!WebhookSignature.valid(secret, request.body(), signature)) {
            log.warn("Meta webhook refused: {} signature", signature == null ? "missing" : "wrong");
            return false;
        }
        return true;
    }

    @Override
    public List<WebhookItem> parseWebhook(byte[] body, ChannelId authenticated, SkippedItems skipped) {
        return WebhookBodies.readJson(json, body, type()).map(root -> CloudApiWebhooks.items(root, skipped))
                .orElse(List.of());
    }

    /** A media id gives a short-lived URL, which is fetched with the token. */
    @Override
    public DownloadedMedia downloadMedia(ChannelAccess access, MediaRef media) {
        String token = token(access);
        GraphException last = null;
        // The URL lives five minutes: when it has expired by the time it is fetched, ask for a fresh one once.
        for (int attempt = 0; attempt < 2; attempt++) {
            JsonNode info = graph.get(token, GraphApi.encode(media.id()) + "?phone_number_id="
                    + GraphApi.encode(setting(access, PHONE_NUMBER_ID)));
            try {
                return new DownloadedMedia(graph.download(token, info.path("url").asString()),
                        info.path("mime_type").asString(null));
            } catch (GraphException e) {
                last = e;
                if (!e.answered || e.httpStatus / 100 != 4) {
                    break;
                }
            }
        }
        throw last;
    }

    String token(ChannelAccess access) {
        String token = first(access.credentials().get(ACCESS_TOKEN), settings.accessToken());
        if (token == null) {
            throw new GraphException(401, 190, "No access token is configured for this channel", null);
        }
        return token;
    }

    static String setting(ChannelAccess access, String name) {
        Object value = access.settings().get(name);
        return value == null ? null : value.toString();
    }

    /**
     * A template as Meta lists it, reduced to what a send must supply: the body's placeholders, the
     * header's format (and its one text placeholder), and each button with its dynamic URL suffix.
     * A {@code NAMED} template keeps its placeholders' names: its values are sent by name. URL
     * buttons stay numbered in both formats.
     */
    static WhatsAppTemplate template(JsonNode t) {
        ParameterFormat format = "NAMED".equalsIgnoreCase(t.path("parameter_format").asString(""))
                ? ParameterFormat.NAMED : ParameterFormat.POSITIONAL;
        boolean named = format == ParameterFormat.NAMED;
        String body = null;
        String footer = null;
        WhatsAppTemplate.Header header = null;
        List<WhatsAppTemplate.Button> buttons = new ArrayList<>();
        for (JsonNode component : t.path("components")) {
            switch (component.path("type").asString("").toUpperCase(java.util.Locale.ROOT)) {
                case "BODY" -> body = component.path("text").asString(null);
                case "FOOTER" -> footer = component.path("text").asString(null);
                case "HEADER" -> {
                    String text = component.path("text").asString(null);
                    Set<String> names = placeholders(text);
                    header = new WhatsAppTemplate.Header(component.path("format").asString("TEXT").toLowerCase(java.util.Locale.ROOT),
                            text, names.size(), named && !names.isEmpty() ? names.iterator().next() : null);
                }
                case "BUTTONS" -> {
                    for (JsonNode button : component.path("buttons")) {
                        String url = button.path("url").asString(null);
                        buttons.add(new WhatsAppTemplate.Button(buttons.size(),
                                button.path("type").asString("").toLowerCase(java.util.Locale.ROOT),
                                button.path("text").asString(null), url, placeholders(url).size()));
                    }
                }
                default -> {
                }
            }
        }
        Set<String> bodyNames = placeholders(body);
        return new WhatsAppTemplate(t.path("id").asString(null), t.path("name").asString(), t.path("language").asString(),
                t.path("category").asString("").toLowerCase(), t.path("status").asString("").toLowerCase(), body,
                bodyNames.size(), header, footer, buttons, format, named ? List.copyOf(bodyNames) : List.of());
    }

    private static Set<String> placeholders(String text) {
        Set<String> placeholders = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                placeholders.add(m.group(1));
            }
        }
        return placeholders;
    }

    /** Meta shows numbers as {@code +62 811-234-567} or bare digits. */
    static PhoneNumber phone(String display) {
        String digits = display.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return PhoneNumber.parse("+" + digits);
        } catch (IllegalArgumentException e) {
            return new PhoneNumber("+" + digits);
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (present(value)) {
                return value.strip();
            }
        }
        return null;
    }
}
