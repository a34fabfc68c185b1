package id.sapa.realtime;

import java.util.Map;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.SocketIOClient;

import id.sapa.shared.Actor;

/**
 * One client → server event: who sent it over which socket, and the way to answer. Every request
 * is answered: {@code {ok: true}} or {@code {ok: false, error}} through the client's acknowledgement
 * callback when it passed one, and a refusal also as an {@code error} event, for clients that do
 * not use acknowledgements.
 */
record SocketRequest(String event, SocketIOClient client, Actor actor, AckRequest ack) {

    static final String ERROR_EVENT = "error";

    void ok() {
        ack.sendAckData(Map.of("ok", true));
    }

    /** Success with a result, e.g. {@code {ok: true, markedCount: 2}}. */
    void ok(String key, Object value) {
        ack.sendAckData(Map.of("ok", true, key, value));
    }

    void refuse(String message) {
        client.sendEvent(ERROR_EVENT, Map.of("message", message, "event", event));
        ack.sendAckData(Map.of("ok", false, "error", message));
    }
}
