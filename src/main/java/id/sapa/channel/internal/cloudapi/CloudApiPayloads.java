package id.sapa.channel.internal.cloudapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sapa.channel.internal.http.ListSections;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Buttons;
import id.sapa.channel.spi.OutboundMessage.ListMenu;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.OutboundMessage.LocationParameter;
import id.sapa.channel.spi.OutboundMessage.MediaParameter;
import id.sapa.channel.spi.OutboundMessage.PayloadParameter;
import id.sapa.channel.spi.OutboundMessage.TemplateComponent;
import id.sapa.channel.spi.OutboundMessage.TemplateParameter;
import id.sapa.channel.spi.OutboundMessage.TextParameter;
import id.sapa.channel.spi.OutboundMessage.Text;

/** The request bodies of {@code POST /<phone-number-id>/messages}, as Meta documents them. */
final class CloudApiPayloads {

    private CloudApiPayloads() {
    }

    static Map<String, Object> message(OutboundMessage message) {
        return message(message, null);
    }

    /** @param uploadedMediaId the id Meta gave an uploaded file, sent instead of a link */
    static Map<String, Object> message(OutboundMessage message, String uploadedMediaId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        // A customer who withholds their number is addressed by their business-scoped user id.
        if (message.to().phone() != null) {
            body.put("to", message.to().phone().digits());
        } else {
            body.put("recipient", message.to().userId());
        }
        if (message.quotedProviderMessageId() != null && !(message.content() instanceof Reaction)) {
            body.put("context", Map.of("message_id", message.quotedProviderMessageId()));
        }
        switch (message.content()) {
            case Text text -> {
                body.put("type", "text");
                body.put("text", Map.of("preview_url", text.previewUrl(), "body", text.body()));
            }
            case Media media -> {
                String type = media.kind().code();
                Map<String, Object> object = new LinkedHashMap<>();
                if (uploadedMediaId != null) {
                    object.put("id", uploadedMediaId);
                } else {
                    object.put("link", media.url());
                }
                // Meta refuses captions on audio and stickers, and file names anywhere but documents.
                if (media.caption() != null && !type.equals("audio") && !type.equals("sticker")) {
                    object.put("caption", media.caption());
                }
                if (media.fileName() != null && type.equals("document")) {
                    object.put("filename", media.fileName());
                }
                body.put("type", type);
                body.put(type, object);
            }
            case Template template -> {
                body.put("type", "template");
                body.put("template", template(template));
            }
            case Buttons buttons -> {
                body.put("type", "interactive");
                Map<String, Object> interactive = new LinkedHashMap<>();
                interactive.put("type", "button");
                interactive.put("body", Map.of("text", buttons.body()));
                if (buttons.footer() != null) {
                    interactive.put("footer", Map.of("text", buttons.footer()));
                }
                interactive.put("action", Map.of("buttons", buttons.buttons().stream()
                        .map(b -> Map.of("type", "reply", "reply", Map.of("id", b.id(), "title", b.title())))
                        .toList()));
                body.put("interactive", interactive);
            }
            case ListMenu list -> {
                body.put("type", "interactive");
                Map<String, Object> interactive = new LinkedHashMap<>();
                interactive.put("type", "list");
                interactive.put("body", Map.of("text", list.body()));
                if (list.footer() != null) {
                    interactive.put("footer", Map.of("text", list.footer()));
                }
                interactive.put("action", Map.of("button", list.buttonLabel(),
                        "sections", ListSections.json(list.sections())));
                body.put("interactive", interactive);
            }
            case Reaction reaction -> {
                body.put("type", "reaction");
                body.put("reaction", Map.of("message_id", reaction.targetProviderMessageId(),
                        "emoji", reaction.emoji() == null ? "" : reaction.emoji()));
            }
        }
        return body;
    }

    private static Map<String, Object> template(Template template) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("name", template.name());
        object.put("language", Map.of("code", template.language()));
        List<Map<String, Object>> components = new ArrayList<>();
        for (TemplateComponent component : template.components()) {
            if (component.parameters().isEmpty()) {
                continue;
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("type", component.type());
            if (component.subType() != null) {
                c.put("sub_type", component.subType());
            }
            if (component.index() != null) {
                c.put("index", String.valueOf(component.index()));
            }
            c.put("parameters", component.parameters().stream().map(CloudApiPayloads::parameter).toList());
            components.add(c);
        }
        if (!components.isEmpty()) {
            object.put("components", components);
        }
        return object;
    }

    /** One parameter object of Meta's "Send message templates" components. */
    private static Map<String, Object> parameter(TemplateParameter parameter) {
        Map<String, Object> p = new LinkedHashMap<>();
        switch (parameter) {
            case TextParameter text -> {
                p.put("type", "text");
                if (text.parameterName() != null) {
                    p.put("parameter_name", text.parameterName());
                }
                p.put("text", text.text());
            }
            case MediaParameter media -> {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("link", media.link());
                if (media.fileName() != null && media.kind().equals("document")) {
                    object.put("filename", media.fileName());
                }
                p.put("type", media.kind());
                p.put(media.kind(), object);
            }
            case LocationParameter location -> {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("latitude", String.valueOf(location.latitude()));
                object.put("longitude", String.valueOf(location.longitude()));
                if (location.name() != null) {
                    object.put("name", location.name());
                }
                if (location.address() != null) {
                    object.put("address", location.address());
                }
                p.put("type", "location");
                p.put("location", object);
            }
            case PayloadParameter payload -> {
                p.put("type", "payload");
                p.put("payload", payload.payload());
            }
        }
        return p;
    }

    /** Marks an incoming message read; with {@code typing} also shows the customer "typing…". */
    static Map<String, Object> read(String providerMessageId, boolean typing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("status", "read");
        body.put("message_id", providerMessageId);
        if (typing) {
            body.put("typing_indicator", Map.of("type", "text"));
        }
        return body;
    }
}
