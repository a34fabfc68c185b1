package id.sapa.channel.spi;

/**
 * A message template as the provider knows it.
 *
 * @param status         {@code approved}, {@code pending}, {@code rejected}, {@code paused} or {@code disabled}
 * @param body           the body text with its {@code {{n}}} placeholders
 * @param parameterCount how many body parameters a send must give
 */
public record WhatsAppTemplate(String providerTemplateId, String name, String language, String category, String status,
        String body, int parameterCount) {

    public boolean approved() {
        return "approved".equals(status);
    }
}
