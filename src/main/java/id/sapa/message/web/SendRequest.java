package id.sapa.message.web;

import java.util.List;
import java.util.Map;
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
        @Pattern(regexp = "text|image|video|audio|document|template|interactive|reaction",
                message = "{sapa.message.type}")
        @Schema(example = "text", defaultValue = "text") String messageType,
        @Size(max = 4096) @Schema(example = "Halo kak, pesanan sudah kami kirim ya 🙏") String content,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "{sapa.httpUrl}") String mediaUrl,
        UUID quotedMessageId,
        @Schema(description = "a quick reply to send: its text with {{name}} and {{phone}} filled in, unless content is given")
        UUID quickReplyId,
        @Valid TemplateRequest template,
        @Valid InteractiveRequest interactive,
        @Valid ReactionRequest reaction) {

    /** Reply buttons or a list, for {@code messageType: "interactive"}; the 24-hour window applies. */
    @Schema(description = """
            Up to 3 reply buttons (type button: buttons [{id ≤256, title ≤20}], body ≤1024) or a list opened by a \
            button (type list: buttonLabel ≤20, sections [{title ≤24, required with several sections, rows \
            [{id ≤200, title ≤24, description? ≤72}]}], at most 10 rows in all, body ≤4096); footer ≤60. Ids are \
            unique; the tapped button's or row's id comes back with the customer's reply. The stored message's \
            content is the body.""",
            example = """
                    {"type": "button", "body": "Pesanan INV-7 sudah sampai?", "footer": "Toko Sapa",
                     "buttons": [{"id": "sudah", "title": "Sudah"}, {"id": "belum", "title": "Belum"}]}""")
    record InteractiveRequest(
            @NotNull @Pattern(regexp = "button|list", message = "{sapa.interactive.type}") String type,
            String body,
            String footer,
            @Size(max = 100, message = "{sapa.Size.items}") List<@NotNull @Valid Choice> buttons,
            String buttonLabel,
            @Size(max = 100, message = "{sapa.Size.items}") List<@NotNull @Valid ListSection> sections) {
    }

    record Choice(String id, String title) {
    }

    record ListSection(String title, @Size(max = 100) List<@NotNull @Valid ListRow> rows) {
    }

    record ListRow(String id, String title, String description) {
    }

    /** An emoji on a message of the conversation, for {@code messageType: "reaction"}; the 24-hour window applies. */
    @Schema(description = "messageId: a message of the same conversation that WhatsApp knows (it has a waMessageId); "
            + "an empty emoji takes the reaction away. The stored message's content is the emoji.",
            example = "{\"messageId\": \"0b6f3c0e-6d1e-4a57-9a0b-2f1f0b7c1a11\", \"emoji\": \"👍\"}")
    record ReactionRequest(@NotNull UUID messageId, @Size(max = 16) String emoji) {
    }

    /** An approved WhatsApp template: the only message allowed outside the 24-hour window. */
    @Schema(description = """
            An approved template and the values its parts need, as the registry (GET /api/whatsapp/templates) \
            lists them: for the body's placeholders, `parameters` in order when the template's parameterFormat is \
            positional ({{1}}, {{2}}), or `namedParameters` by name when it is named ({{first_name}}); `header` \
            when the header has a placeholder (text), is an image, video or document (mediaUrl) or a location; \
            `buttons` for each URL button whose link ends in {{1}} (its suffix) and, optionally, a payload per \
            quick-reply button. Missing, extra and unknown values are refused with 400 naming the field \
            (template.parameters, template.namedParameters.first_name, template.header, template.buttons[0] …).""")
    record TemplateRequest(
            @NotBlank @Size(max = 512) @Schema(example = "pesanan_dikirim") String name,
            @NotBlank @Size(max = 20) @Schema(example = "id") String language,
            @Size(max = 50, message = "{sapa.Size.items}") @Schema(description = "values of a positional template's body placeholders, in order",
                    example = "[\"Budi\", \"INV-2026-001\"]") List<@NotNull @Size(max = 1024) String> parameters,
            @Size(max = 50, message = "{sapa.Size.items}") @Schema(description = "values of a named template's body placeholders, by name",
                    example = "{\"first_name\": \"Budi\", \"order_number\": \"INV-2026-001\"}")
            Map<String, String> namedParameters,
            @Valid TemplateHeader header,
            @Size(max = 10, message = "{sapa.Size.items}") List<@NotNull @Valid TemplateButton> buttons) {
    }

    @Schema(description = "The header's value: text for a text header with a placeholder ({{1}} or a named one), mediaUrl (and fileName for a document) "
            + "for an image, video or document header, location for a location header",
            example = "{\"mediaUrl\": \"https://toko.example/invoice/INV-7.pdf\", \"fileName\": \"INV-7.pdf\"}")
    record TemplateHeader(
            @Size(max = 60) String text,
            @Size(max = 2048) String mediaUrl,
            @Size(max = 255) String fileName,
            @Valid TemplateLocation location) {
    }

    record TemplateLocation(@NotNull Double latitude, @NotNull Double longitude, @Size(max = 1000) String name,
            @Size(max = 1000) String address) {
    }

    @Schema(description = "The value of one template button: the end of a url button's link (parameters, one value) "
            + "or the payload a quick_reply button's tap sends back",
            example = "{\"index\": 0, \"subType\": \"url\", \"parameters\": [\"INV-7\"]}")
    record TemplateButton(
            @NotNull @Schema(description = "the button's position in the template, from 0") Integer index,
            @NotNull @Pattern(regexp = "url|quick_reply", message = "{sapa.template.buttonSubType}") String subType,
            @Size(max = 1, message = "{sapa.Size.items}") List<@NotNull @Size(max = 1024) String> parameters,
            @Size(max = 1024) String payload) {
    }
}
