package id.sapa.channel.internal.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.internal.sandbox.SandboxOutbox.Delivered;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.InboundEvent.DeliveryStatus;
import id.sapa.channel.spi.InboundEvent.StatusUpdate;
import id.sapa.channel.spi.InboundEvent.Typing;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.Actor;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.Text;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Drives the simulated WhatsApp of the caller's tenant: plays the phone that scans the QR code,
 * the customers who write, read and type, and the faults a real network has.
 */
@RestController
@RequestMapping("/api/sandbox")
@ConditionalOnProperty(name = "sapa.channel.sandbox-enabled", havingValue = "true", matchIfMissing = true)
@Tag(name = "Sandbox", description = "A simulated WhatsApp for trying and testing Sapa without a WhatsApp account")
class SandboxController {

    private final Channels channels;
    private final SandboxInbound inbound;
    private final SandboxOutbox outbox;
    private final SandboxFaults faults;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SandboxController(Channels channels, SandboxInbound inbound, SandboxOutbox outbox, SandboxFaults faults, Clock clock) {
        this.channels = channels;
        this.inbound = inbound;
        this.outbox = outbox;
        this.faults = faults;
        this.clock = clock;
    }

    @PostMapping("/scan")
    @Operation(summary = "Play the phone scanning the QR code: the channel becomes connected with a sandbox number")
    ScanResponse scan(@AuthenticationPrincipal Actor actor) {
        Channel channel = sandboxChannel(actor);
        if (channel.status() != ChannelStatus.QR_PENDING) {
            throw ProblemException.conflict(new Text("Tidak ada kode QR untuk dipindai; panggil POST /api/whatsapp/connect dulu",
                    "There is no QR code to scan; call POST /api/whatsapp/connect first"));
        }
        if (channel.qrExpiresAt() != null && channel.qrExpiresAt().isBefore(clock.instant())) {
            throw new ProblemException(ProblemType.GONE, new Text("Kode QR sudah kedaluwarsa; panggil POST /api/whatsapp/connect lagi",
                    "The QR code has expired; call POST /api/whatsapp/connect again"));
        }
        for (int attempt = 0; ; attempt++) {
            PhoneNumber number = PhoneNumber.parse("+62811" + (1_000_000 + random.nextInt(9_000_000)));
            try {
                channels.completePairing(channel.id(), number);
                return new ScanResponse(ChannelStatus.CONNECTED, number.digits());
            } catch (DuplicateKeyException taken) {
                if (attempt == 2) {
                    throw taken;
                }
            }
        }
    }

    @PostMapping("/inbound")
    @Operation(summary = "A customer sends a message", description = "Handed to the same inbound pipeline as a real webhook. "
            + "Re-sending a waMessageId stores nothing new. A tap on a reply button or list row is type interactive "
            + "with the button's title as text and its id as replyId.")
    InboundResponse inbound(@AuthenticationPrincipal Actor actor, @Valid @RequestBody SandboxMessage message) {
        Channel channel = connected(recentSandboxChannel(actor));
        String waMessageId = message.waMessageId() != null ? message.waMessageId()
                : "wamid.SANDBOX.IN." + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String messageId = channels.receive(channel, inbound.toEvent(message, waMessageId, clock.instant()));
        return new InboundResponse(waMessageId, messageId);
    }

    @GetMapping("/outbox")
    @Operation(summary = "What the business sent to a number, oldest first")
    List<Delivered> outbox(@AuthenticationPrincipal Actor actor, @RequestParam String to) {
        sandboxChannel(actor);
        return outbox.to(actor.tenantId(), SandboxInbound.phone("to", to));
    }

    @PostMapping("/receipts")
    @Operation(summary = "The customer's phone acknowledges a message: delivered or read")
    Ok receipt(@AuthenticationPrincipal Actor actor, @Valid @RequestBody ReceiptRequest request) {
        Channel channel = connected(recentSandboxChannel(actor));
        DeliveryStatus status = "read".equals(request.status()) ? DeliveryStatus.READ : DeliveryStatus.DELIVERED;
        channels.receive(channel, new StatusUpdate(request.waMessageId(), status, clock.instant(), null, null));
        return new Ok(true);
    }

    @PostMapping("/typing")
    @Operation(summary = "The customer starts or stops typing")
    Ok typing(@AuthenticationPrincipal Actor actor, @Valid @RequestBody TypingRequest request) {
        Channel channel = connected(recentSandboxChannel(actor));
        channels.receive(channel, new Typing(WhatsAppUser.of(SandboxInbound.phone("from", request.from())), request.isTyping()));
        return new Ok(true);
    }

    @PostMapping("/unlink")
    @Operation(summary = "Play the phone removing Sapa from its linked devices: the session expires")
    Ok unlink(@AuthenticationPrincipal Actor actor) {
        Channel channel = connectedChannel(actor);
        channels.expireSession(channel.id(), "The phone removed this linked device");
        return new Ok(true);
    }

    @PostMapping("/faults")
    @Operation(summary = "Make the next sends fail", description = "failNext 0 clears pending faults.")
    Ok faults(@AuthenticationPrincipal Actor actor, @Valid @RequestBody FaultRequest request) {
        sandboxChannel(actor);
        faults.failNext(actor.tenantId(), request.failNext(), SandboxFaults.Kind.valueOf(request.error().toUpperCase()));
        return new Ok(true);
    }

    private Channel sandboxChannel(Actor actor) {
        return sandbox(channels.find(actor.tenantId()));
    }

    /** What the customers' per-message calls use: the channel as read moments ago. */
    private Channel recentSandboxChannel(Actor actor) {
        return sandbox(channels.findRecent(actor.tenantId()));
    }

    private static Channel sandbox(Optional<Channel> channel) {
        return channel.filter(c -> c.provider() == ProviderType.SANDBOX)
                .orElseThrow(() -> ProblemException.conflict(new Text(
                        "Usaha ini tidak punya koneksi sandbox; panggil POST /api/whatsapp/connect dulu",
                        "This business has no sandbox connection; call POST /api/whatsapp/connect first")));
    }

    private Channel connectedChannel(Actor actor) {
        return connected(sandboxChannel(actor));
    }

    private static Channel connected(Channel channel) {
        if (!channel.connected()) {
            throw ProblemException.conflict(new Text(
                    "Nomor sandbox belum terhubung; pindai kode QR-nya dulu (POST /api/sandbox/scan)",
                    "The sandbox number is not connected; scan the QR code first (POST /api/sandbox/scan)"));
        }
        return channel;
    }

    record ScanResponse(ChannelStatus status, String phoneNumber) {
    }

    record InboundResponse(String waMessageId, String messageId) {
    }

    record ReceiptRequest(@NotBlank @Size(max = 128) String waMessageId,
            @NotNull @Pattern(regexp = "delivered|read", message = "{sapa.sandbox.receiptStatus}") String status) {
    }

    record TypingRequest(@NotBlank String from, @NotNull Boolean isTyping) {
    }

    record FaultRequest(@NotNull @Min(0) @Max(100) Integer failNext,
            @NotNull @Pattern(regexp = "rate_limit|invalid_recipient|timeout|server_error",
                    message = "{sapa.sandbox.sendError}") String error) {
    }

    record Ok(boolean success) {
    }

    /** A customer message as the sandbox takes it. */
    record SandboxMessage(
            @NotBlank String from,
            @Size(max = 100) String name,
            @Pattern(regexp = "text|image|video|audio|document|sticker|location|contacts|reaction|interactive",
                    message = "{sapa.sandbox.messageType}")
            String type,
            @Size(max = 4096) String text,
            @Size(max = 2048) String mediaUrl,
            String mediaBase64,
            @Size(max = 255) String fileName,
            String mimeType,
            @Min(-90) @Max(90) Double latitude,
            @Min(-180) @Max(180) Double longitude,
            @Size(max = 128) String quotedWaMessageId,
            @Size(max = 128) String waMessageId,
            Boolean forwarded,
            @Size(max = 256) String replyId) {

        byte[] mediaBytes() {
            if (mediaBase64 == null) {
                return null;
            }
            try {
                String data = mediaBase64.startsWith("data:") ? mediaBase64.substring(mediaBase64.indexOf(',') + 1) : mediaBase64;
                return Base64.getDecoder().decode(data.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("mediaBase64", new Text("bukan base64 yang valid", "is not valid base64"));
            }
        }
    }
}
