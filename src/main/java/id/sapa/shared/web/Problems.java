package id.sapa.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 bodies in the one shape Sapa uses everywhere, and writes them where no
 * controller advice reaches.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type, type.status(), detail);
    }

    public static ProblemDetail of(ProblemType type, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail of(ProblemType type, String detail, Map<String, Object> properties) {
        ProblemDetail problem = of(type, detail);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /**
     * A problem Sapa's code raised, with its properties (such as a validation's {@code errors}), its
     * detail in the language {@code acceptLanguage} prefers where the problem has both.
     */
    static ProblemDetail of(ProblemException problem, String acceptLanguage) {
        return of(problem.type(), problem.detail(Text.preferred(acceptLanguage)), problem.properties());
    }

    /** Answers a problem where no controller advice reaches: in a filter or a security handler. */
    public static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, ProblemType type,
            String detail) throws IOException {
        write(request, response, json, type, of(type, detail));
    }

    /** Answers one of Sapa's problems from a filter, in the caller's language, with its Retry-After. */
    public static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json,
            ProblemException problem) throws IOException {
        if (problem.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, problem.retryAfter().toSeconds())));
        }
        write(request, response, json, problem.type(), of(problem, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, ProblemType type,
            ProblemDetail body) throws IOException {
        body.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    /** Gives a framework-made problem (type {@code about:blank}) Sapa's stable type for its status. */
    static void normalise(ProblemDetail problem, URI instance) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            ProblemType type = ProblemType.forStatus(problem.getStatus());
            problem.setType(type.uri());
            problem.setTitle(type.title());
        }
        if (problem.getInstance() == null && instance != null) {
            problem.setInstance(instance);
        }
    }
}
