package id.sapa.message.web;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.message.Messages;
import id.sapa.shared.Actor;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Serves stored media to the owning tenant's users only. */
@RestController
@Tag(name = "Messages")
class MediaController {

    private final Messages messages;

    MediaController(Messages messages) {
        this.messages = messages;
    }

    @GetMapping("/api/media/{id}")
    @Operation(summary = "Download a media file of a message")
    ResponseEntity<InputStreamResource> media(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        var file = messages.media(actor.tenantId(), id).orElseThrow(() -> ProblemException.notFound(new Text("Media", "Media"), id));
        ContentDisposition disposition = ContentDisposition.inline()
                .filename(file.fileName() == null ? id.toString() : file.fileName()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .contentLength(file.size())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()));
    }
}
