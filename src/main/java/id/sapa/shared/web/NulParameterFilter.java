package id.sapa.shared.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import id.sapa.shared.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a query parameter holding an encoded U+0000 ({@code ?search=%00}) with 400 naming it:
 * PostgreSQL text cannot hold the character, so a search or filter would fail as a 500. A query
 * string that does not decode at all is left to the container, whose exception answers 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class NulParameterFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    NulParameterFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        // U+0000 can only come percent-encoded: a raw one is refused by the container itself.
        if (query != null && query.contains("%00")) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
                if (NulCharacter.in(name) || NulCharacter.in(value)) {
                    Problems.write(request, response, json,
                            ProblemException.invalidField(name.replace("\0", "\\u0000"), NulCharacter.MESSAGE));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Decoded as the container decodes parameters; a broken escape is the container's to refuse. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return "";
        }
    }
}
