package id.sapa.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemException.FieldError;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure that reaches a controller into {@code application/problem+json}: Sapa's own
 * {@link ProblemException}s, the framework's 4xx errors, and anything unexpected as a 500 that
 * carries an {@code errorId} to find the stack trace in the log, never the trace itself.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException ex, HttpServletRequest request) {
        ProblemDetail body = Problems.of(ex, Problems.language(request));
        body.setInstance(URI.create(request.getRequestURI()));
        var response = ResponseEntity.status(ex.type().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (ex.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
        }
        return response.body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        return respond(ProblemType.FORBIDDEN, Problems.ROLE_REFUSED, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
        return respond(ProblemType.UNAUTHENTICATED,
                new Text("Token akses yang sah diperlukan", "A valid access token is required"), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return validation(List.of(new FieldError(ex.getName(), mustBe(ex.getRequiredType()))), request);
    }

    /** A multipart body that does not parse; one too large is answered 413 by the base class. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException ex, HttpServletRequest request) {
        return respond(ProblemType.MALFORMED_REQUEST,
                new Text("Isi permintaan multipart tidak terbaca", "The multipart request body is malformed"), request);
    }

    /**
     * The container could not decode the parameters: a query string with a broken escape, or an
     * upload whose fields are bound before its file (the container parses the parts then), or more
     * of them than allowed (its code is then 413).
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException ex, HttpServletRequest request) {
        return ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                ? respond(ProblemType.PAYLOAD_TOO_LARGE, new Text("Permintaan ini berisi parameter atau bagian lebih banyak dari yang diizinkan",
                        "The request has more parameters or parts than allowed"), request)
                : respond(ProblemType.MALFORMED_REQUEST, new Text(
                        "Parameter permintaan tidak dapat dibaca: query string atau isi multipart-nya rusak",
                        "The request's parameters could not be decoded: a malformed query string or multipart body"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail body = Problems.of(ProblemType.INTERNAL, new Text(
                "Terjadi kesalahan di sisi kami. Sebutkan kode galat " + errorId + " saat melaporkannya.",
                "Something went wrong on our side. Quote error id " + errorId + " when reporting it."),
                Map.of("errorId", errorId), Problems.language(request));
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(validation(fieldErrors(ex.getBindingResult()), servletRequest(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(), interpolated(error))))
                .toList();
        return asObject(validation(errors, servletRequest(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        PayloadTooLargeException tooLarge = causeOf(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return asObject(respond(ProblemType.PAYLOAD_TOO_LARGE, new Text(
                    "Isi permintaan lebih besar dari batas " + tooLarge.limit() + " byte",
                    "The request body is larger than the " + tooLarge.limit() + " bytes allowed"), servletRequest));
        }
        DatabindException binding = causeOf(ex, DatabindException.class);
        if (binding != null && !binding.getPath().isEmpty()) {
            FieldError wrongType = new FieldError(FieldPath.of(binding.getPath()),
                    new Text("jenis atau formatnya salah", "has the wrong type or format"));
            return asObject(validation(List.of(wrongType), servletRequest));
        }
        Text detail = causeOf(ex, JacksonException.class) != null
                ? new Text("Isi permintaan bukan JSON yang valid", "The request body is not valid JSON")
                : new Text("Isi permintaan tidak ada atau tidak terbaca", "The request body is missing or unreadable");
        return asObject(respond(ProblemType.MALFORMED_REQUEST, detail, servletRequest));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        String endpoint = servletRequest.getMethod() + " " + servletRequest.getRequestURI();
        return asObject(respond(ProblemType.NOT_FOUND,
                new Text("Tidak ada " + endpoint, "There is no " + endpoint), servletRequest));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            HttpServletRequest servletRequest = servletRequest(request);
            Problems.normalise(problem, URI.create(servletRequest.getRequestURI()), Problems.language(servletRequest));
            HttpHeaders merged = new HttpHeaders();
            merged.putAll(response.getHeaders());
            merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(problem, merged, response.getStatusCode());
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> validation(List<FieldError> errors, HttpServletRequest request) {
        Text detail = errors.stream().map(e -> e.message().after(e.field() + ": ")).reduce((a, b) -> a.then(b.after("; ")))
                .orElse(new Text("Permintaan tidak valid", "The request is invalid"));
        ProblemDetail body = Problems.of(ProblemType.VALIDATION, detail, Map.of("errors", errors), Problems.language(request));
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemType type, Text detail, HttpServletRequest request) {
        ProblemDetail body = Problems.of(type, type.status(), detail, Problems.language(request));
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        var fields = result.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), interpolated(error)));
        var globals = result.getGlobalErrors().stream()
                .map(error -> new FieldError(error.getObjectName(), interpolated(error)));
        return java.util.stream.Stream.concat(fields, globals).toList();
    }

    /**
     * A bean-validation message: the validator interpolated it in the reader's language already
     * (the request's locale is Sapa's choice, see {@link ReaderLanguage}), so it is the same text
     * whichever language renders it.
     */
    private static Text interpolated(MessageSourceResolvable error) {
        return Text.verbatim(error.getDefaultMessage());
    }

    private static Text mustBe(Class<?> type) {
        if (type == null) {
            return new Text("harus berupa nilai yang valid", "must be a valid value");
        }
        String indonesian = switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long", "Short", "short" -> "bilangan bulat";
            case "Boolean", "boolean" -> "true atau false";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "waktu ISO-8601 yang valid";
            case "LocalDate" -> "tanggal yang valid (yyyy-MM-dd)";
            default -> type.getSimpleName() + " yang valid";
        };
        return new Text("harus berupa " + indonesian, "must be a valid " + type.getSimpleName());
    }

    private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
