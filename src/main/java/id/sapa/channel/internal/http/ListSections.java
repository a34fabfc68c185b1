package id.sapa.channel.internal.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sapa.channel.spi.OutboundMessage.Section;

/**
 * A list message's sections as Meta's interactive list writes them ({@code title?, rows[{id, title,
 * description?}]}); Whapi takes the same shape. Absent values are left out, not sent as null.
 */
public final class ListSections {

    private ListSections() {
    }

    public static List<Map<String, Object>> json(List<Section> sections) {
        return sections.stream().map(section -> {
            Map<String, Object> json = new LinkedHashMap<>();
            if (section.title() != null) {
                json.put("title", section.title());
            }
            json.put("rows", section.rows().stream().map(row -> {
                Map<String, Object> rowJson = new LinkedHashMap<>();
                rowJson.put("id", row.id());
                rowJson.put("title", row.title());
                if (row.description() != null) {
                    rowJson.put("description", row.description());
                }
                return rowJson;
            }).toList());
            return json;
        }).toList();
    }
}
