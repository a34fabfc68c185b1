package id.sapa.auth;

import java.io.IOException;

import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import id.sapa.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Adds the caller's tenant and user (or API key) to every log line of the request. */
class ActorLoggingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            MDC.put("tenantId", actor.tenantId().toString());
            if (actor.isApiKey()) {
                MDC.put("apiKey", actor.apiKey());
            } else {
                MDC.put("userId", actor.userId().toString());
            }
        }
        chain.doFilter(request, response);
    }
}
