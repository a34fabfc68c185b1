package id.sapa.support;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Drives a tenant's sandbox WhatsApp over the real API, as a test or a person would. */
public final class Sandbox {

    private final Api api;
    private final String token;

    public Sandbox(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Connects and scans: answers the business's sandbox number (digits). */
    public String connect() {
        Api.Reply connect = api.post("/api/whatsapp/connect", Map.of()).token(token).send();
        if (connect.status() != 200) {
            throw new AssertionError("connect failed: " + connect);
        }
        Api.Reply scan = api.post("/api/sandbox/scan", Map.of()).token(token).send();
        if (scan.status() != 200) {
            throw new AssertionError("scan failed: " + scan);
        }
        return scan.json().get("phoneNumber").asString();
    }

    /** A customer writes a text; answers the reply ({@code waMessageId}, {@code messageId}). */
    public JsonNode customerSays(String from, String name, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("from", from);
        body.put("name", name);
        body.put("text", text);
        return inbound(body);
    }

    public JsonNode inbound(Map<String, Object> body) {
        Api.Reply reply = api.post("/api/sandbox/inbound", body).token(token).send();
        if (reply.status() != 200) {
            throw new AssertionError("inbound failed: " + reply);
        }
        return reply.json();
    }

    public JsonNode outbox(String to) {
        return api.get("/api/sandbox/outbox?to=" + to).token(token).send().json();
    }

    public Api.Reply receipt(String waMessageId, String status) {
        return api.post("/api/sandbox/receipts", Map.of("waMessageId", waMessageId, "status", status)).token(token).send();
    }

    public Api.Reply failNext(int count, String error) {
        return api.post("/api/sandbox/faults", Map.of("failNext", count, "error", error)).token(token).send();
    }
}
