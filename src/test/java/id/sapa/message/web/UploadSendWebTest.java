package id.sapa.message.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.shared.DataDirectory;
import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** A send with an uploaded file stores the file only once the send passed every check. */
class UploadSendWebTest extends WebTestSupport {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Autowired
    DataDirectory dataDirectory;

    SignedIn owner;
    String conversationId;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Unggah");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081270002001", "Rina", "Minta katalognya kak");
        conversationId = jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query().singleValue().toString();
    }

    @Test
    void aSendRefusedAfterItsUploadLeavesNoFileBehind() {
        // The quick reply is checked after the file arrived: an unknown one refuses the whole send.
        Api.Reply reply = upload(Map.of("conversationId", conversationId, "messageType", "image",
                "quickReplyId", UUID.randomUUID().toString()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.body()).contains("quickReplyId");
        assertThat(filesOfTheTenant()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM media WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ? AND direction = 'outbound'")
                .param(owner.tenantId().value()).query(Long.class).single()).isZero();
    }

    @Test
    void anAcceptedSendKeepsItsFileForTheMessage() {
        Api.Reply reply = upload(Map.of("conversationId", conversationId, "messageType", "image", "content", "Katalog"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        List<Path> files = filesOfTheTenant();
        assertThat(files).hasSize(1);
        assertThat(read(files.getFirst())).isEqualTo(PNG);
        String mediaUrl = jdbc.sql("SELECT media_url FROM messages WHERE id = ?")
                .param(UUID.fromString(reply.json().get("message").get("id").asString())).query(String.class).single();
        assertThat(mediaUrl).isEqualTo("/api/media/" + files.getFirst().getFileName());
    }

    private List<Path> filesOfTheTenant() {
        Path folder = dataDirectory.path().resolve("media").resolve(owner.tenantId().toString());
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api.Reply upload(Map<String, String> fields) {
        String boundary = "test-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        new LinkedHashMap<>(fields).forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
                .append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"katalog.png\"")
                .append("\r\nContent-Type: image/png\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return api.post("/api/messages/send", null).token(owner.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .send(BodyPublishers.concat(BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
                        BodyPublishers.ofByteArray(PNG), BodyPublishers.ofByteArray(tail)));
    }
}
