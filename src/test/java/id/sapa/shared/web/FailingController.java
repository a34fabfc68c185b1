package id.sapa.shared.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A route that fails the way a bug would, to see what a caller gets back. */
@RestController
class FailingController {

    static final String SECRET_IN_MESSAGE = "password=hunter2 at line 42";

    @GetMapping("/api/test/failure")
    String fail() {
        throw new IllegalStateException(SECRET_IN_MESSAGE);
    }
}
