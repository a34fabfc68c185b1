package id.sapa.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one request may carry.
 *
 * @param maxBodySize largest JSON (non-multipart) request body accepted ({@code SAPA_MAX_BODY_SIZE})
 */
@ConfigurationProperties("sapa.http")
public record RequestLimits(@DefaultValue("1MB") DataSize maxBodySize) {
}
