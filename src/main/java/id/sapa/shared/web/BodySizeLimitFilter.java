package id.sapa.shared.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit with 413 before anything reads them: at once when the
 * declared Content-Length is too big, and while reading when a chunked body grows past it. Only
 * chunked requests are wrapped: every header and attribute read of a wrapped request passes
 * through one more layer.
 * Multipart uploads have their own limits (spring.servlet.multipart).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final JsonMapper json;

    BodySizeLimitFilter(RequestLimits limits, JsonMapper json) {
        this.limit = limits.maxBodySize().toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            // The client may still be sending; closing spares the server reading a body it refused.
            response.setHeader("Connection", "close");
            Problems.write(request, response, json, ProblemType.PAYLOAD_TOO_LARGE,
                    new Text("Isi permintaan lebih besar dari batas " + limit + " byte",
                            "The request body is larger than the " + limit + " bytes allowed"));
            return;
        }
        // A declared length within the limit is all Tomcat will read, and a request with neither a
        // length nor a transfer coding has no body; only a chunked body must be counted as it comes.
        boolean unknownLength = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(unknownLength ? new LimitedRequest(request, limit) : request, response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
