package id.sapa.message;

import java.util.ArrayList;
import java.util.List;

import id.sapa.channel.spi.OutboundMessage.LocationParameter;
import id.sapa.channel.spi.OutboundMessage.MediaParameter;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.OutboundMessage.TemplateComponent;
import id.sapa.channel.spi.OutboundMessage.TemplateParameter;
import id.sapa.channel.spi.OutboundMessage.TextParameter;
import id.sapa.message.OutgoingMessage.ButtonValue;
import id.sapa.message.OutgoingMessage.HeaderValue;
import id.sapa.message.OutgoingMessage.TemplateRef;

/**
 * A checked template send as the provider SPI takes it: header, body and buttons, in Meta's order;
 * a named template's text values carry the placeholder they fill.
 */
final class TemplateContent {

    private TemplateContent() {
    }

    static Template of(TemplateRef template) {
        List<TemplateComponent> components = new ArrayList<>();
        if (template.header() != null) {
            components.add(TemplateComponent.header(header(template.header())));
        }
        if (!template.namedParameters().isEmpty()) {
            components.add(TemplateComponent.namedBody(template.namedParameters().stream()
                    .map(named -> new TextParameter(named.value(), named.name())).toList()));
        } else if (!template.parameters().isEmpty()) {
            components.add(TemplateComponent.body(template.parameters()));
        }
        template.buttons().stream()
                .sorted(java.util.Comparator.comparing(ButtonValue::index))
                .map(button -> "quick_reply".equals(button.subType())
                        ? TemplateComponent.quickReplyButton(button.index(), button.payload())
                        : TemplateComponent.urlButton(button.index(), button.parameters().getFirst()))
                .forEach(components::add);
        return new Template(template.name(), template.language(), components);
    }

    private static TemplateParameter header(HeaderValue header) {
        return switch (header.format()) {
            case "text" -> new TextParameter(header.text(), header.parameterName());
            case "location" -> new LocationParameter(header.location().latitude(), header.location().longitude(),
                    header.location().name(), header.location().address());
            default -> new MediaParameter(header.format(), header.mediaUrl(), header.fileName());
        };
    }
}
