package id.sapa.shared.web;

import java.io.IOException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses form-encoded request bodies with 415 before anything reads them. No endpoint takes one:
 * the API reads JSON, uploads are multipart and the webhooks verify the raw bytes. Yet such a body
 * is decoded into parameters as soon as anything asks for one (Spring's form filter for PUT, PATCH
 * and DELETE, its body reader for a POST, which then passes on bytes rebuilt from the parameters
 * rather than the ones a webhook signature covers), and one that does not decode ended as a 500
 * with a stack trace in the log, for anyone, with or without a token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class FormBodyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FormBodyFilter.class);
    /** The methods whose form bodies the container or Spring decode. */
    private static final Set<String> DECODED = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final JsonMapper json;

    FormBodyFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (DECODED.contains(request.getMethod()) && isForm(request.getContentType())) {
            log.debug("Refused a form-encoded body on {} {}", request.getMethod(), request.getRequestURI());
            Problems.write(request, response, json, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    new Text("Isi permintaan berupa application/json (unggahan berkas multipart/form-data), bukan "
                            + MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                            "Request bodies are application/json (file uploads multipart/form-data), not "
                            + MediaType.APPLICATION_FORM_URLENCODED_VALUE));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(String contentType) {
        String form = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
        return contentType != null && contentType.strip().regionMatches(true, 0, form, 0, form.length());
    }
}
