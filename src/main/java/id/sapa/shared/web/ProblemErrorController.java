package id.sapa.shared.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers the container's error dispatch (errors raised outside a controller, e.g. in a filter) in
 * the same problem+json shape as everything else, without the default page's stack-trace hooks.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        ProblemType type = ProblemType.forStatus(status);
        HttpStatus httpStatus = HttpStatus.resolve(status);
        Locale language = Problems.language(request);
        // The reason phrase is HTTP's own English; an Indonesian reader gets the type's title.
        Text detail = httpStatus == null ? Text.verbatim(type.title(language))
                : new Text(type.title(Text.INDONESIAN), httpStatus.getReasonPhrase());
        ProblemDetail body = Problems.of(type, HttpStatus.valueOf(status), detail, language);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            body.setInstance(URI.create(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
