package id.sapa.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemException.FieldError;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 bodies in the one shape Sapa uses everywhere, in the reader's language, and
 * writes them where no controller advice reaches. The {@code type}, {@code status} and field names
 * are the same in every language: programs branch on those, people read {@code title},
 * {@code detail} and {@code errors[].message}.
 */
public final class Problems {

    /** What a role that may not do something is told, by the controllers and by the security chain. */
    public static final Text ROLE_REFUSED = new Text("Peran Anda tidak mengizinkan tindakan ini",
            "Your role does not allow this action");

    private Problems() {
    }

    /** The language the request's reader chose ({@code Accept-Language}), Bahasa Indonesia by default. */
    public static Locale language(HttpServletRequest request) {
        return Text.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static ProblemDetail of(ProblemType type, HttpStatusCode status, Text detail, Locale language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.in(language));
        problem.setType(type.uri());
        problem.setTitle(type.title(language));
        return problem;
    }

    static ProblemDetail of(ProblemType type, Text detail, Map<String, Object> properties, Locale language) {
        ProblemDetail problem = of(type, type.status(), detail, language);
        properties.forEach((name, value) -> problem.setProperty(name, in(value, language)));
        return problem;
    }

    /** A problem Sapa's code raised, with its properties (such as a validation's {@code errors}). */
    static ProblemDetail of(ProblemException problem, Locale language) {
        ProblemDetail body = of(problem.type(), problem.type().status(), Text.verbatim(problem.detail(language)), language);
        problem.properties().forEach((name, value) -> body.setProperty(name, in(value, language)));
        return body;
    }

    /** Answers a problem where no controller advice reaches: in a filter or a security handler. */
    public static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, ProblemType type,
            Text detail) throws IOException {
        write(request, response, json, type, of(type, type.status(), detail, language(request)));
    }

    /** Answers one of Sapa's problems from a filter, in the caller's language, with its Retry-After. */
    public static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json,
            ProblemException problem) throws IOException {
        if (problem.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, problem.retryAfter().toSeconds())));
        }
        write(request, response, json, problem.type(), of(problem, language(request)));
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, ProblemType type,
            ProblemDetail body) throws IOException {
        body.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    /** A property as the reader sees it: texts and field errors in their language, the rest as is. */
    private static Object in(Object value, Locale language) {
        return switch (value) {
            case null -> null;
            case Text text -> text.in(language);
            case FieldError error -> {
                var rendered = new LinkedHashMap<String, Object>();
                rendered.put("field", error.field());
                rendered.put("message", error.message().in(language));
                yield rendered;
            }
            case List<?> list -> list.stream().map(item -> in(item, language)).toList();
            default -> value;
        };
    }

    /**
     * Gives a framework-made problem (type {@code about:blank}) Sapa's stable type for its status,
     * and its title in the reader's language.
     */
    static void normalise(ProblemDetail problem, URI instance, Locale language) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            ProblemType type = ProblemType.forStatus(problem.getStatus());
            problem.setType(type.uri());
            problem.setTitle(type.title(language));
        }
        if (problem.getInstance() == null && instance != null) {
            problem.setInstance(instance);
        }
    }
}
