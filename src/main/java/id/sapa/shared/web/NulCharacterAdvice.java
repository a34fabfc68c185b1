package id.sapa.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import id.sapa.shared.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a JSON request body that holds U+0000 in any string or property name, naming where.
 * JSON allows the character (written {@code \u005Cu0000}) but PostgreSQL text cannot store it, so it
 * would fail at the first insert as a 500; checking the tokens once here covers every endpoint and
 * every target type (strings, ids, enums, free-form maps) alike. Webhook bodies are raw bytes, not
 * read by the JSON converter, and are not touched.
 */
@ControllerAdvice
class NulCharacterAdvice extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    NulCharacterAdvice(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        Optional<String> field = firstNul(body, message.getHeaders().getContentType());
        if (field.isPresent()) {
            throw ProblemException.invalidField(field.get(), NulCharacter.MESSAGE);
        }
        return new ReadBody(message.getHeaders(), body);
    }

    private Optional<String> firstNul(byte[] body, MediaType contentType) {
        Charset charset = contentType == null ? null : contentType.getCharset();
        try (JsonParser parser = charset == null ? json.createParser(body) : json.createParser(new String(body, charset))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) && NulCharacter.in(
                        parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength())) {
                    String path = FieldPath.of(parser.streamReadContext()).replace("\0", "\\u0000");
                    return Optional.of(path.isEmpty() ? "body" : path);
                }
            }
        } catch (JacksonException malformed) {
            // Not JSON: the converter reads it again and refuses it in its usual words.
        }
        return Optional.empty();
    }

    /** The body once read, handed on to the converter. */
    private record ReadBody(HttpHeaders headers, byte[] body) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
