package id.sapa.operator.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The invitation link ({@code <FRONTEND_URL>/accept-invite?token=…}) and the password reset link
 * ({@code /reset-password?token=…}) opened on the Sapa server itself: the web app's page where the
 * member chooses a password.
 */
@RestController
@Tag(name = "CS operators")
class InviteLinkController {

    @GetMapping("/accept-invite")
    @Operation(summary = "Open an invitation link in the web app (redirects to its accept page)")
    ResponseEntity<Void> open(@RequestParam(defaultValue = "") String token) {
        return page("/invite", token);
    }

    @GetMapping("/reset-password")
    @Operation(summary = "Open a password reset link in the web app (redirects to its new-password page)")
    ResponseEntity<Void> reset(@RequestParam(defaultValue = "") String token) {
        return page("/reset", token);
    }

    private static ResponseEntity<Void> page(String route, String token) {
        String page = UriComponentsBuilder.fromPath("/").fragment(route + "?token=" + token).encode().build().toUriString();
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(page)).build();
    }
}
