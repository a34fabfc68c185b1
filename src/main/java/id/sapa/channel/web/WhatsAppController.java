package id.sapa.channel.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.sapa.channel.Channels;
import id.sapa.channel.NoticeTotals;
import id.sapa.channel.ConnectionView;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.Actor;
import id.sapa.shared.Codes;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/whatsapp")
@Tag(name = "WhatsApp", description = "Link, unlink and watch the business's WhatsApp number")
class WhatsAppController {

    private final Channels channels;
    private final ObjectProvider<NoticeTotals> notices;

    WhatsAppController(Channels channels, ObjectProvider<NoticeTotals> notices) {
        this.channels = channels;
        this.notices = notices;
    }

    @PostMapping("/connect")
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Connect the number",
            description = "Body {provider?, ...provider credentials}. Without a provider the server default (sandbox) is used. "
                    + "A QR provider answers qr_pending with a PNG data URL to scan; an API provider answers connected.")
    ConnectResponse connect(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, String> request = new LinkedHashMap<>();
        ProviderType provider = null;
        if (body != null) {
            for (var entry : body.entrySet()) {
                if (entry.getValue() == null) {
                    continue;
                }
                if (!(entry.getValue() instanceof String text)) {
                    throw ProblemException.invalidField(entry.getKey(), new Text("harus berupa teks", "must be a string"));
                }
                if (entry.getKey().equals("provider")) {
                    provider = provider(text);
                } else {
                    request.put(entry.getKey(), text);
                }
            }
        }
        ConnectionView view = channels.connect(actor.tenantId(), provider, request);
        String webhookUrl = view.webhookPath() == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + view.webhookPath();
        return new ConnectResponse(view.status(), view.qrCode(), view.qrExpiresIn(), view.phoneNumber(),
                view.sessionId().toString(), view.provider(), webhookUrl);
    }

    @DeleteMapping("/disconnect")
    @PreAuthorize("hasAuthority('MANAGE_TENANT')")
    @Operation(summary = "Log the number out")
    DisconnectResponse disconnect(@AuthenticationPrincipal Actor actor) {
        channels.disconnect(actor);
        return new DisconnectResponse(true, "WhatsApp disconnected");
    }

    @GetMapping("/status")
    @Operation(summary = "Connection status")
    StatusResponse status(@AuthenticationPrincipal Actor actor) {
        Map<String, Boolean> configuration = channels.configuration(actor.tenantId());
        NoticeTotals.Totals totals = notices.getIfAvailable(() -> tenant -> NoticeTotals.Totals.NONE)
                .totals(actor.tenantId());
        return channels.find(actor.tenantId())
                .map(channel -> {
                    var view = channels.status(actor.tenantId()).orElseThrow();
                    return new StatusResponse(view.status(), view.phoneNumber(), view.lastConnected(), view.isOnline(),
                            view.provider(), configuration.isEmpty() ? null : configuration,
                            channel.setting("qualityRating"), channel.setting("messagingTier"),
                            channel.stopReason(), true,
                            new StatusData(channel.connected() && !channel.sendingStopped(), true, totals));
                })
                .orElse(new StatusResponse(ChannelStatus.DISCONNECTED, null, null, false, null, null, null, null, null,
                        true, new StatusData(false, false, totals)));
    }

    private static ProviderType provider(String code) {
        return Codes.parseField(ProviderType.class, code, "provider");
    }

    /** @param webhookUrl where the provider must post its notices (set it in the provider's dashboard) */
    record ConnectResponse(ChannelStatus status, String qrCode, Long expiresIn, String phoneNumber, String sessionId,
            ProviderType provider, String webhookUrl) {
    }

    record DisconnectResponse(boolean success, String message) {
    }

    /**
     * @param webhook       which provider settings are present, as seed 001 names them (accessToken,
     *                      phoneNumberId, verifyToken, appSecret, isConfigured), as booleans, never values
     * @param reason        why the channel was disconnected when the provider refused its credentials
     * @param success       always true: seed 004's clients read it, with {@code data}
     */
    record StatusResponse(ChannelStatus status, String phoneNumber, Instant lastConnected, boolean isOnline,
            ProviderType provider, Map<String, Boolean> webhook, String qualityRating, String messagingTier,
            String reason, boolean success, StatusData data) {
    }

    /**
     * Seed 004's status: {@code ready} to send now, {@code initialized} once a number was ever linked,
     * and the notices sent through it.
     */
    record StatusData(boolean ready, boolean initialized, NoticeTotals.Totals stats) {
    }
}
