package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.sapa.support.Api;
import id.sapa.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The inbox routes are in the OpenAPI document with their parameters and bodies. */
@WebIntegrationTest
class ConversationApiDocsWebTest {

    @LocalServerPort
    int port;

    @Test
    void documentsTheInboxRoutes() {
        JsonNode docs = new Api(port).get("/v3/api-docs").send().json();
        JsonNode paths = docs.get("paths");

        assertThat(parameters(paths.get("/api/conversations").get("get"))).containsExactly("status", "assignedTo", "mentioned", "contactId",
                "search", "unreadOnly", "tags", "mode", "priority", "sortBy", "sortOrder", "page", "limit");
        assertThat(paths.get("/api/conversations/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/conversations/{id}").has("patch")).isTrue();
        assertThat(paths.get("/api/conversations/{id}/assign").has("post")).isTrue();
        assertThat(paths.get("/api/conversations/{id}/unassign").has("post")).isTrue();
        assertThat(parameters(paths.get("/api/messages").get("get"))).containsExactly("conversationId", "before", "limit");
        assertThat(docs.get("components").get("schemas").get("UpdateConversationRequest").get("properties").propertyNames())
                .containsExactlyInAnyOrder("status", "priority", "mode", "tags", "internalNotes", "assignedCsId", "snoozedUntil");
        // The detail's messages are documented as the history's: one schema, the message module's.
        assertThat(docs.get("components").get("schemas").get("MessageView").get("properties").has("isForwarded")).isTrue();
        assertThat(docs.get("components").get("schemas").get("ConversationWithMessages").get("properties")
                .get("messages").get("items").get("$ref").asString()).isEqualTo("#/components/schemas/MessageView");
    }

    private static List<String> parameters(JsonNode operation) {
        return operation.get("parameters").valueStream().map(p -> p.get("name").asString()).toList();
    }
}
