package id.sapa.shared.web;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/**
 * Where in a JSON body a value sits, written the way {@code errors[].field} names it: property
 * names joined by dots, array positions in brackets ({@code businessHours.holidays[0]}).
 */
final class FieldPath {

    private final StringBuilder path = new StringBuilder();

    private FieldPath() {
    }

    /** The path Jackson recorded while a value failed to bind. */
    static String of(List<JacksonException.Reference> references) {
        FieldPath field = new FieldPath();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                field.property(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.index(reference.getIndex());
            }
        }
        return field.path.toString();
    }

    /** The path of the token a streaming parser is at. */
    static String of(TokenStreamContext context) {
        FieldPath field = new FieldPath();
        field.walk(context);
        return field.path.toString();
    }

    private void walk(TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        walk(context.getParent());
        if (context.inArray()) {
            index(context.getCurrentIndex());
        } else if (context.currentName() != null) {
            property(context.currentName());
        }
    }

    private void property(String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }

    private void index(int index) {
        path.append('[').append(index).append(']');
    }
}
