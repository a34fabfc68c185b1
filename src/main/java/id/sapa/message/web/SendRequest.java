package id.sapa.message.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/messages/send} as JSON, or as the fields of a multipart upload. */
record SendRequest(
        @NotNull UUID conversationId,
        @Pattern(regexp = "text|image|video|audio|document|template",
                message = "must be text, image, video, audio, document or template")
        @Schema(example = "text", defaultValue = "text") String messageType,
        @Size(max = 4096) @Schema(example = "Halo kak, pesanan sudah kami kirim ya 🙏") String content,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String mediaUrl,
        UUID quotedMessageId,
        @Schema(description = "a quick reply to send: its text with {{name}} and {{phone}} filled in, unless content is given")
        UUID quickReplyId,
        @Valid TemplateRequest template) {

    /** An approved WhatsApp template: the only message allowed outside the 24-hour window. */
    record TemplateRequest(
            @NotBlank @Size(max = 512) @Schema(example = "pesanan_dikirim") String name,
            @NotBlank @Size(max = 20) @Schema(example = "id") String language,
            @Size(max = 50) @Schema(example = "[\"Budi\", \"INV-2026-001\"]") List<@NotNull @Size(max = 1024) String> parameters) {
    }
}
