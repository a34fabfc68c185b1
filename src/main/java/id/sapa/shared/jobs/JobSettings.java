package id.sapa.shared.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param threads         jobs run at once on this node
 * @param pollingInterval how often due jobs are looked for (jobs scheduled for "now" on this node
 *                        start at once regardless)
 */
@ConfigurationProperties("sapa.jobs")
public record JobSettings(@DefaultValue("8") int threads, @DefaultValue("2s") Duration pollingInterval) {
}
