package id.sapa.auth;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What an API key may be used for: each scope opens a fixed list of routes, and a key reaches no
 * other route at all (403), whatever its issuer could do. The permissions are what the routes'
 * own checks ask for; a key gets them only where its issuer has them too.
 */
public enum ApiKeyScope {
    NOTIFICATIONS_SEND("notifications:send", EnumSet.of(Permission.READ, Permission.WORK_CHATS, Permission.SEND_NOTICES),
            List.of(route(HttpMethod.POST, "/api/whatsapp/send"),
                    route(HttpMethod.POST, "/api/whatsapp/send-*"),
                    route(HttpMethod.POST, "/api/whatsapp/batches/*/cancel"))),
    NOTIFICATIONS_READ("notifications:read", EnumSet.of(Permission.READ),
            List.of(route(HttpMethod.GET, "/api/whatsapp/status"),
                    route(HttpMethod.GET, "/api/whatsapp/history"),
                    route(HttpMethod.GET, "/api/whatsapp/history/*"),
                    route(HttpMethod.GET, "/api/whatsapp/stats"),
                    route(HttpMethod.GET, "/api/whatsapp/batches"),
                    route(HttpMethod.GET, "/api/whatsapp/batches/*"))),
    CONTACTS_READ("contacts:read", EnumSet.of(Permission.READ),
            List.of(route(HttpMethod.GET, "/api/contacts"),
                    route(HttpMethod.GET, "/api/contacts/**"))),
    CONTACTS_WRITE("contacts:write", EnumSet.of(Permission.READ, Permission.WORK_CHATS),
            List.of(route(HttpMethod.POST, "/api/contacts"),
                    route(HttpMethod.PATCH, "/api/contacts/*"),
                    route(HttpMethod.PUT, "/api/contacts/by-customer-id/*"),
                    route(HttpMethod.POST, "/api/contacts/*/opt-out"),
                    route(HttpMethod.POST, "/api/contacts/*/opt-in"),
                    route(HttpMethod.POST, "/api/contacts/*/tags")));

    private final String code;
    private final Set<Permission> permissions;
    private final List<RequestMatcher> routes;

    ApiKeyScope(String code, Set<Permission> permissions, List<RequestMatcher> routes) {
        this.code = code;
        this.permissions = permissions;
        this.routes = routes;
    }

    /** The name integrators write, e.g. {@code notifications:send}. */
    public String code() {
        return code;
    }

    Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    boolean allows(HttpServletRequest request) {
        for (RequestMatcher route : routes) {
            if (route.matches(request)) {
                return true;
            }
        }
        return false;
    }

    public static Optional<ApiKeyScope> ofCode(String code) {
        for (ApiKeyScope scope : values()) {
            if (scope.code.equals(code)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /** The scope an integrator named, or a validation problem naming the {@code scopes} field. */
    public static ApiKeyScope parse(String code) {
        String trimmed = code == null ? "" : code.strip();
        return ofCode(trimmed).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                new Text("Cakupan tidak dikenal: " + trimmed, "Unknown scope: " + trimmed))
                .with("errors", List.of(new ProblemException.FieldError("scopes",
                        new Text("cakupan '" + trimmed + "' tidak dikenal", "unknown scope '" + trimmed + "'")))));
    }

    private static RequestMatcher route(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
