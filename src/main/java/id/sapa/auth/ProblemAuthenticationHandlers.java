package id.sapa.auth;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import id.sapa.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Answers a missing, bad or expired token (401) and a forbidden call (403) as problem+json. */
@Component
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemAuthenticationHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Text detail;
        String bearerError;
        if (header == null || header.isBlank()) {
            detail = new Text("Masuk dulu, lalu kirim token akses sebagai 'Authorization: Bearer <token>'",
                    "Sign in and send the access token as 'Authorization: Bearer <token>'");
            bearerError = "Bearer realm=\"sapa\"";
        } else if (failure.getMessage() != null && failure.getMessage().toLowerCase().contains("expired")) {
            detail = new Text("Token akses sudah kedaluwarsa; silakan masuk lagi", "The access token has expired; sign in again");
            bearerError = "Bearer realm=\"sapa\", error=\"invalid_token\", error_description=\"expired\"";
        } else {
            detail = new Text("Token akses tidak sah", "The access token is not valid");
            bearerError = "Bearer realm=\"sapa\", error=\"invalid_token\"";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, bearerError);
        Problems.write(request, response, json, ProblemType.UNAUTHENTICATED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Problems.write(request, response, json, ProblemType.FORBIDDEN, Problems.ROLE_REFUSED);
    }
}
