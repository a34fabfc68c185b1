package id.sapa.auth;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the access token from {@code Authorization: Bearer <token>} and nowhere else (never from
 * the query or a form, where it would end up in logs). The same rule as Spring Security's default
 * resolver (RFC 6750's token characters, then padding), checked with a plain scan: its regular
 * expression backtracks over the whole token and cost more than verifying a remembered token.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return null; // no token, or another scheme: anonymous, refused later where a token is needed
        }
        if (!wellFormed(header)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return header.substring(SCHEME.length());
    }

    /** {@code Bearer} (any case), one space, 1*token68 characters, then any {@code =}. */
    private static boolean wellFormed(String header) {
        int length = header.length();
        int i = SCHEME.length();
        if (length <= i || header.charAt(i - 1) != ' ') {
            return false;
        }
        int start = i;
        while (i < length && tokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        while (i < length && header.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    private static boolean tokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
