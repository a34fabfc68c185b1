package id.sapa.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** One clock for the whole application, so time-dependent rules can be tested with a fixed one. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
