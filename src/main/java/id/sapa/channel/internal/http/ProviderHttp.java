package id.sapa.channel.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The HTTP exchange every API provider adapter makes, telling apart the two ways a call can fail
 * without an answer: nothing reached the provider (safe to try again), or the request went out
 * and no answer came (the provider may have acted on it: a send must not be repeated blindly).
 */
public final class ProviderHttp {

    private final HttpClient http;

    public ProviderHttp(Duration connectTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** @throws NoAnswer when no response came */
    public Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new NoAnswer("could not connect: " + e.getMessage(), false, e);
        } catch (IOException e) {
            // A timeout or a connection broken after the request was written.
            throw new NoAnswer("no answer in time", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("interrupted while waiting for an answer", true, e);
        }
    }

    public record Response(int status, byte[] body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** No response came; {@code reachedServer} says whether the request may have been received. */
    public static final class NoAnswer extends RuntimeException {

        private final boolean reachedServer;

        NoAnswer(String message, boolean reachedServer, Throwable cause) {
            super(message, cause);
            this.reachedServer = reachedServer;
        }

        public boolean reachedServer() {
            return reachedServer;
        }
    }
}
