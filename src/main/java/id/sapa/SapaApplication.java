package id.sapa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Sapa: a multi-tenant WhatsApp customer-service platform for small businesses. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SapaApplication {

    public static void main(String[] args) {
        SpringApplication.run(SapaApplication.class, args);
    }
}
