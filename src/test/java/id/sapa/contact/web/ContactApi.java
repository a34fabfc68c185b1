package id.sapa.contact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.sapa.support.Api;
import tools.jackson.databind.JsonNode;

/** The contact endpoints as one user of one business calls them, for tests. */
final class ContactApi {

    private final Api api;
    private final String token;

    ContactApi(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Adds a contact and insists that it worked; answers the created contact. */
    JsonNode create(Map<String, ?> body) {
        Api.Reply reply = api.post("/api/contacts", body).token(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    JsonNode create(String phone, String name) {
        return create(Map.of("phone", phone, "name", name));
    }

    String token() {
        return token;
    }

    Api.Reply get(String id) {
        return api.get("/api/contacts/" + id).token(token).send();
    }

    Api.Reply byCustomerId(String customerId) {
        return api.get("/api/contacts/by-customer-id/" + customerId).token(token).send();
    }

    /** What the billing system sends for one of its customers. */
    Api.Reply upsert(String customerId, Map<String, ?> body) {
        return api.put("/api/contacts/by-customer-id/" + customerId, body).token(token).send();
    }

    Api.Reply patch(String id, Object body) {
        return api.patch("/api/contacts/" + id, body).token(token).send();
    }

    Api.Reply list(String query) {
        return api.get("/api/contacts" + (query.isEmpty() ? "" : "?" + query)).token(token).send();
    }

    /** The names on the first page of a list, in the order given. */
    List<String> names(String query) {
        Api.Reply reply = list(query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("data").valueStream().map(contact -> contact.get("name").asString()).toList();
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** The field a conflict names. */
    static String conflictingField(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/conflict");
        return reply.json().get("field").asString();
    }

    /** The field the first validation error names. */
    static String invalidField(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/validation");
        return reply.json().get("errors").get(0).get("field").asString();
    }
}
