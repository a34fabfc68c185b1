package id.sapa.auth;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import id.sapa.shared.Permission;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Every {@code /api/**} call needs a bearer token, reads need {@code READ},
 * writes need {@code WORK_CHATS} (so viewers read only); finer rules sit on the endpoints as
 * {@code @PreAuthorize}. Tokens are stateless: no session, no CSRF cookie to forge. The bearer is a
 * user's access token or one of the tenant's API keys, which {@link ApiKeyGate} keeps to its scopes' routes.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ActorAuthentication actors, ApiKeyAuthentication apiKeys,
            ProblemAuthenticationHandlers handlers, AuthenticationEventPublisher authenticationEvents, JsonMapper json,
            AuthSettings settings) throws Exception {
        JwtAuthenticationProvider accessTokens = new JwtAuthenticationProvider(actors.decoder());
        accessTokens.setJwtAuthenticationConverter(actors);
        // An API key is tried first: it answers only for tokens that look like keys, so an access token
        // costs one prefix check more, not a database lookup.
        ProviderManager bearers = new ProviderManager(apiKeys, accessTokens);
        bearers.setAuthenticationEventPublisher(authenticationEvents);
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> {
                })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/accept-invite",
                                "/api/auth/reset-password")
                        .permitAll()
                        // One's own password and sessions are every member's, a viewer's too.
                        .requestMatchers(HttpMethod.POST, "/api/auth/change-password", "/api/auth/logout-all")
                        .hasAuthority(Permission.READ.authority())
                        .requestMatchers(HttpMethod.PATCH, "/api/auth/me").hasAuthority(Permission.READ.authority())
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(Permission.READ.authority())
                        .requestMatchers("/api/**").hasAuthority(Permission.WORK_CHATS.authority())
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resource -> resource
                        .bearerTokenResolver(new BearerTokens())
                        .authenticationManagerResolver(request -> bearers)
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterAfter(new ApiKeyGate(json, settings.apiKeyRequestsPerMinute()), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ActorLoggingFilter(), ApiKeyGate.class);
        return http.build();
    }

    /**
     * No observation per security filter: wrapping each of a request's dozen filters costs more
     * than the request's own work. The HTTP server metrics ({@code http_server_requests}) stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(HeaderRules.firewall());
    }

    /**
     * Every API request authenticates its bearer token, and a success event per request had no
     * listener; only failures are published (for whatever audits them).
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher failures = new DefaultAuthenticationEventPublisher(events);
        return new AuthenticationEventPublisher() {
            @Override
            public void publishAuthenticationSuccess(Authentication authentication) {
            }

            @Override
            public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
                failures.publishAuthenticationFailure(exception, authentication);
            }
        };
    }

    /** Argon2id: memory-hard, the current recommendation for password storage. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(AuthSettings settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = settings.frontendUrls().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!origins.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(origins);
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
            cors.setExposedHeaders(List.of("Retry-After", "X-Request-Id"));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", cors);
        }
        return source;
    }
}
