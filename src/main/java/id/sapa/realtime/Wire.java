package id.sapa.realtime;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a payload record into plain maps, lists, strings, numbers and booleans with the
 * application's JSON mapper, so sockets get the same camelCase fields, lower-case codes and ISO-8601
 * times as the HTTP API. netty-socketio's own (Jackson 2) mapper then only ever writes plain trees.
 */
@Component
class Wire {

    private final JsonMapper json;

    Wire(JsonMapper json) {
        this.json = json;
    }

    Object tree(Object payload) {
        return json.convertValue(payload, Object.class);
    }
}
