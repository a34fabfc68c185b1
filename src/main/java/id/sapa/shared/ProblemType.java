package id.sapa.shared;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * The stable catalogue of error kinds Sapa answers with. The {@link #uri()} is the RFC 9457
 * {@code type}: clients branch on it, so an entry is never renamed once released.
 */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST, new Text("Data tidak valid", "Validation failed")),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, new Text("Permintaan tidak terbaca", "Malformed request")),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, new Text("Perlu masuk", "Authentication required")),
    INVALID_CREDENTIALS("invalid-credentials", HttpStatus.UNAUTHORIZED, new Text("Email atau kata sandi salah", "Invalid credentials")),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, new Text("Tidak diizinkan", "Forbidden")),
    SIGNUP_DISABLED("signup-disabled", HttpStatus.FORBIDDEN, new Text("Pendaftaran ditutup", "Sign-up disabled")),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, new Text("Tidak ditemukan", "Not found")),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, new Text("Metode tidak diizinkan", "Method not allowed")),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, new Text("Format tidak tersedia", "Not acceptable")),
    CONFLICT("conflict", HttpStatus.CONFLICT, new Text("Bentrok", "Conflict")),
    GONE("gone", HttpStatus.GONE, new Text("Sudah tidak berlaku", "Gone")),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, new Text("Isi permintaan terlalu besar", "Request body too large")),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Text("Jenis isi tidak didukung", "Unsupported media type")),
    WINDOW_CLOSED("window-closed", HttpStatus.UNPROCESSABLE_CONTENT, new Text("Jendela layanan pelanggan sudah tertutup", "Customer service window closed")),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, new Text("Terlalu banyak permintaan", "Too many requests")),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, new Text("Layanan tidak tersedia", "Service unavailable")),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, new Text("Kesalahan di server", "Internal error"));

    private static final String BASE = "https://sapa.id/problems/";

    private final String slug;
    private final HttpStatus status;
    private final Text title;

    ProblemType(String slug, HttpStatus status, Text title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    /** The short summary of the type, in the reader's language; programs branch on {@link #uri()}. */
    public String title(Locale language) {
        return title.in(language);
    }

    /** The generic type for a status code, for errors raised by the framework rather than by Sapa. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }
}
