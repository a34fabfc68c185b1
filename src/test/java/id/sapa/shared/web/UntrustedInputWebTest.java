package id.sapa.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Every write endpoint sent what anyone can send: a JSON string holding U+0000, which PostgreSQL
 * cannot store, and a form body that cannot be decoded; then the same faults in a query string or a
 * multipart body. All are the caller's fault: a 4xx problem, never a 500, and no error in the log
 * that a flood of them could fill it with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedInputWebTest extends WebTestSupport {

    private static final String NUL = "\0";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MALFORMED_FORM = "%zz=1&a=%";
    /** A webhook's secret with an escape no URI-checking client would send. */
    private static final String BROKEN_QUERY_ESCAPE = "POST /webhook/whapi?secret=%zz HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";

    @LocalServerPort
    int port;

    SignedIn owner;
    String operator;
    String conversation;
    String contact;
    String message;
    String quickReply;
    String rule;

    @BeforeAll
    void business() {
        owner = accounts.registerBusiness("Toko Masukan");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR).userId();
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        message = sandbox.customerSays("081377700001", "Budi", "Halo kak").get("messageId").asString();
        conversation = api.get("/api/conversations").token(owner.token()).send().json().get("data").get(0).get("id").asString();
        contact = api.get("/api/contacts").token(owner.token()).send().json().get("data").get(0).get("id").asString();
        quickReply = created(api.post("/api/quick-replies", Map.of("shortcut", "/halo", "title", "Salam", "message", "Halo kak"))
                .token(owner.token()).send()).get("quickReply").get("id").asString();
        rule = created(api.post("/api/auto-reply/rules", Map.of("name", "Harga", "triggerType", "keyword",
                "keywords", List.of("harga"), "responseType", "text", "responseMessage", "50rb"))
                .token(owner.token()).send()).get("rule").get("id").asString();
    }

    /** Each write endpoint that reads JSON, with a string holding U+0000 and the field it is in. */
    Stream<Write> nulInEveryJsonBody() {
        return Stream.of(
                write("POST", "/api/auth/register", "businessName", Map.of("businessName", "Toko" + NUL, "name", "Siti",
                        "email", TestAccounts.uniqueEmail("nul"), "password", TestAccounts.PASSWORD)),
                write("POST", "/api/auth/login", "email", Map.of("email", "siti" + NUL + "@example.test",
                        "password", TestAccounts.PASSWORD)),
                write("POST", "/api/auth/accept-invite", "token", Map.of("token", "abc" + NUL, "password", TestAccounts.PASSWORD)),
                write("PATCH", "/api/tenant", "name", Map.of("name", "Toko" + NUL)),
                write("PATCH", "/api/tenant", "settings.greeting", Map.of("settings", Map.of("greeting", "Halo" + NUL))),
                write("PATCH", "/api/tenant", "businessHours.holidays[0]",
                        Map.of("businessHours", Map.of("holidays", List.of("2026-12-25" + NUL)))),
                write("POST", "/api/cs-operators", "name", Map.of("name", "Dewi" + NUL,
                        "email", TestAccounts.uniqueEmail("nul"), "role", "operator")),
                write("PATCH", "/api/cs-operators/" + operator, "workingHours.monday.start",
                        Map.of("workingHours", Map.of("monday", Map.of("start", "09:00" + NUL)))),
                write("PATCH", "/api/cs-operators/" + operator + "/status", "status", Map.of("status", "online" + NUL)),
                write("POST", "/api/quick-replies", "message", Map.of("shortcut", "/nul", "title", "Nul", "message", "Halo" + NUL)),
                write("PUT", "/api/quick-replies/" + quickReply, "title", Map.of("title", "Salam" + NUL)),
                write("POST", "/api/auto-reply/rules", "keywords[0]", Map.of("name", "Nul", "triggerType", "keyword",
                        "keywords", List.of("harga" + NUL), "responseType", "text", "responseMessage", "50rb")),
                write("PUT", "/api/auto-reply/rules/" + rule, "responseMessage", Map.of("name", "Harga", "triggerType", "keyword",
                        "keywords", List.of("harga"), "responseType", "text", "responseMessage", "50rb" + NUL)),
                write("POST", "/api/auto-reply/rules/" + rule + "/test", "testMessage", Map.of("testMessage", "harga" + NUL)),
                write("POST", "/api/auto-reply/test", "testMessage", Map.of("testMessage", "harga" + NUL)),
                write("POST", "/api/contacts", "name", Map.of("phone", "081377700002", "name", "Budi" + NUL)),
                write("PATCH", "/api/contacts/" + contact, "notes", Map.of("notes", "Pelanggan" + NUL)),
                write("POST", "/api/contacts/" + contact + "/tags", "tags[1]", Map.of("tags", List.of("vip", "jakarta" + NUL))),
                write("POST", "/api/contacts/" + contact + "/block", "reason", Map.of("reason", "Spam" + NUL)),
                write("POST", "/api/messages/send", "content", Map.of("conversationId", conversation, "content", "Halo" + NUL)),
                write("POST", "/api/messages/send", "template.parameters[0]", Map.of("conversationId", conversation,
                        "messageType", "template", "template", Map.of("name", "pesanan", "language", "id",
                                "parameters", List.of("Budi" + NUL)))),
                write("PATCH", "/api/messages/" + message + "/mark-read", "messageIds[0]", Map.of("messageIds", List.of(NUL))),
                write("POST", "/api/conversations/" + conversation + "/notes", "content", Map.of("content", "Kirim besok" + NUL)),
                write("PATCH", "/api/conversations/" + conversation, "internalNotes", Map.of("internalNotes", "Catatan" + NUL)),
                write("PATCH", "/api/conversations/" + conversation, "tags[0]", Map.of("tags", List.of("vip" + NUL))),
                write("POST", "/api/conversations/" + conversation + "/assign", "csOperatorId", Map.of("csOperatorId", NUL)),
                write("POST", "/api/whatsapp/connect", "provider", Map.of("provider", "sandbox" + NUL)),
                write("POST", "/api/sandbox/inbound", "text", Map.of("from", "081377700001", "text", "Halo" + NUL)),
                write("POST", "/api/sandbox/receipts", "waMessageId", Map.of("waMessageId", "wamid" + NUL, "status", "read")),
                write("POST", "/api/sandbox/typing", "from", Map.of("from", "0813" + NUL, "isTyping", true)),
                write("POST", "/api/sandbox/faults", "error", Map.of("failNext", 1, "error", "timeout" + NUL)));
    }

    /** Every write endpoint: the API's, sign-in and the providers' webhooks. */
    Stream<Write> everyWrite() {
        String unknownChannel = UUID.randomUUID().toString();
        return Stream.of(
                write("POST", "/webhook/whatsapp"),
                write("POST", "/webhook/whatsapp/" + unknownChannel),
                write("POST", "/webhook/whapi"),
                write("POST", "/webhook/whapi/" + unknownChannel + "?secret=s3cret"),
                write("POST", "/api/auth/register"),
                write("POST", "/api/auth/login"),
                write("POST", "/api/auth/accept-invite"),
                write("PATCH", "/api/tenant"),
                write("POST", "/api/cs-operators"),
                write("POST", "/api/cs-operators/" + operator + "/invite"),
                write("PATCH", "/api/cs-operators/" + operator),
                write("DELETE", "/api/cs-operators/" + operator),
                write("PATCH", "/api/cs-operators/" + operator + "/status"),
                write("POST", "/api/quick-replies"),
                write("PUT", "/api/quick-replies/" + quickReply),
                write("DELETE", "/api/quick-replies/" + quickReply),
                write("POST", "/api/auto-reply/rules"),
                write("PUT", "/api/auto-reply/rules/" + rule),
                write("DELETE", "/api/auto-reply/rules/" + rule),
                write("PATCH", "/api/auto-reply/rules/" + rule + "/toggle"),
                write("POST", "/api/auto-reply/rules/" + rule + "/test"),
                write("POST", "/api/auto-reply/test"),
                write("POST", "/api/contacts"),
                write("PATCH", "/api/contacts/" + contact),
                write("POST", "/api/contacts/" + contact + "/tags"),
                write("POST", "/api/contacts/" + contact + "/block"),
                write("POST", "/api/contacts/" + contact + "/unblock"),
                write("DELETE", "/api/contacts/" + contact),
                write("POST", "/api/messages/send"),
                write("POST", "/api/messages/" + message + "/retry"),
                write("PATCH", "/api/messages/" + message + "/mark-read"),
                write("POST", "/api/conversations/" + conversation + "/notes"),
                write("PATCH", "/api/conversations/" + conversation),
                write("POST", "/api/conversations/" + conversation + "/assign"),
                write("POST", "/api/conversations/" + conversation + "/unassign"),
                write("POST", "/api/whatsapp/connect"),
                write("POST", "/api/whatsapp/templates/sync"),
                write("DELETE", "/api/whatsapp/disconnect"),
                write("POST", "/api/sandbox/scan"),
                write("POST", "/api/sandbox/inbound"),
                write("POST", "/api/sandbox/receipts"),
                write("POST", "/api/sandbox/typing"),
                write("POST", "/api/sandbox/unlink"),
                write("POST", "/api/sandbox/faults"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nulInEveryJsonBody")
    void aNulCharacterIsRefusedNamingItsField(Write write) {
        Api.Reply reply = api.request(write.method(), write.path(), write.body()).token(owner.token()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/validation");
        assertThat(reply.json().get("errors")).hasSize(1);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(write.field());
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("U+0000");
        assertThat(reply.json().get("detail").asString()).startsWith(write.field() + ": ");
    }

    @Test
    void aNullOrEmptyIdInAListIsRefusedNamingTheField() {
        for (String body : List.of("{\"messageIds\": [null]}", "{\"messageIds\": [\"\"]}")) {
            Api.Reply reply = api.request("PATCH", "/api/messages/" + message + "/mark-read", body).token(owner.token()).send();

            assertThat(reply.status()).as(body + " " + reply).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("field").asString()).startsWith("messageIds");
        }
    }

    @Test
    void aRefusedNulCharacterLeavesNothingStored() {
        Api.Reply reply = api.post("/api/conversations/" + conversation + "/notes", Map.of("content", "Kirim" + NUL + "besok"))
                .token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(api.get("/api/conversations/" + conversation + "/notes").token(owner.token()).send().json().get("notes"))
                .isEmpty();
    }

    @Test
    void aNulCharacterEscapedByHandIsRefusedAsWell() {
        Api.Reply reply = api.post("/api/quick-replies", """
                {"shortcut": "/nul", "title": "Nul", "message": "Halo\\u0000kak"}""").token(owner.token()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("message");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWrite")
    void aMalformedFormBodyIsRefusedAsAnUnsupportedMediaType(Write write) {
        Api.Reply reply = sendMalformedForm(write, owner.token());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/unsupported-media-type");
        assertThat(reply.json().get("detail").asString()).contains("application/json");
    }

    @Test
    void aMalformedFormBodyWithoutATokenIsRefusedTheSameWay() {
        for (Write write : List.of(write("PATCH", "/api/tenant"), write("PUT", "/api/quick-replies/" + quickReply))) {
            Api.Reply reply = sendMalformedForm(write, null);

            assertThat(reply.status()).as(write + " " + reply).isEqualTo(415);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aMalformedFormBodyOrQueryWritesNoErrorNorStackTraceToTheLog() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            for (Write write : List.of(write("POST", "/webhook/whatsapp"), write("POST", "/webhook/whapi"),
                    write("POST", "/api/auth/login"), write("PATCH", "/api/tenant"), write("PUT", "/api/quick-replies/" + quickReply))) {
                assertThat(sendMalformedForm(write, null).status()).isEqualTo(415);
            }
            assertThat(rawRequest(BROKEN_QUERY_ESCAPE)).startsWith("HTTP/1.1 400");
        } finally {
            root.detachAppender(log);
        }

        assertThat(log.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .noneMatch(event -> event.getThrowableProxy() != null);
    }

    @Test
    void aMalformedMultipartBodyIsRefusedWhereverItIsSent() {
        String multipart = "multipart/form-data; boundary=XyZ";
        String unterminated = "--XyZ\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nHalo";

        Api.Reply upload = api.post("/api/messages/send", null).token(owner.token()).header("Content-Type", multipart)
                .send(BodyPublishers.ofString(unterminated));
        Api.Reply login = api.post("/api/auth/login", null).header("Content-Type", multipart)
                .send(BodyPublishers.ofString(unterminated));
        Api.Reply webhook = api.post("/webhook/whatsapp", null).header("Content-Type", multipart)
                .send(BodyPublishers.ofString(unterminated));

        assertThat(upload.status()).as(upload.toString()).isEqualTo(400);
        assertThat(upload.json().get("type").asString()).endsWith("/malformed-request");
        assertThat(login.status()).as(login.toString()).isEqualTo(415);
        // The body reaches the signature check as the bytes sent, unparsed, and fails it.
        assertThat(webhook.status()).as(webhook.toString()).isEqualTo(401);
    }

    @Test
    void anUploadOverTheLimitIsStillTooLarge() throws Exception {
        String boundary = "XyZ";
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"conversationId\"\r\n\r\n" + conversation
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + "a".repeat(17 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";

        String reply = rawRequest("POST /api/messages/send HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + owner.token()
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + upload.length()
                + "\r\nConnection: close\r\n\r\n" + upload);

        assertThat(reply).startsWith("HTTP/1.1 413").contains("/payload-too-large");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nulInAQuery")
    void aNulCharacterInTheQueryIsRefusedNamingTheParameter(String path) {
        Api.Reply reply = api.get(path).token(owner.token()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/validation");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("search");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("U+0000");
    }

    Stream<String> nulInAQuery() {
        return Stream.of("/api/contacts?search=%00", "/api/conversations?page=1&search=Budi%00",
                "/api/quick-replies?search=%00halo");
    }

    @Test
    void aBrokenEscapeInTheQueryIsAMalformedRequestEvenWithoutAToken() throws Exception {
        String reply = rawRequest(BROKEN_QUERY_ESCAPE);

        assertThat(reply).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("/malformed-request");
    }

    /**
     * Sends the request as written and answers the whole response as text. The response is read
     * while sending: the server may answer and close before a refused body is all sent.
     */
    private String rawRequest(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            FutureTask<String> response = new FutureTask<>(
                    () -> new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            Thread.ofVirtual().start(response);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closedByTheServer) {
                // what it answered is read all the same
            }
            return response.get(30, TimeUnit.SECONDS);
        }
    }

    private Api.Reply sendMalformedForm(Write write, String token) {
        Api.Request request = api.request(write.method(), write.path(), null).header("Content-Type", FORM);
        if (token != null) {
            request.token(token);
        }
        return request.send(BodyPublishers.ofString(MALFORMED_FORM));
    }

    private static JsonNode created(Api.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError("create failed: " + reply);
        }
        return reply.json();
    }

    private static Write write(String method, String path) {
        return new Write(method, path, null, null);
    }

    private static Write write(String method, String path, String field, Map<String, Object> body) {
        return new Write(method, path, new HashMap<>(body), field);
    }

    /** One request of the table; {@code field} is where the body holds the NUL character. */
    record Write(String method, String path, Map<String, Object> body, String field) {
        @Override
        public String toString() {
            return method + " " + path + (field == null ? "" : " " + field);
        }
    }
}
