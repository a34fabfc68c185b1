package id.sapa.channel.spi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/** The ways Sapa reaches WhatsApp. */
public enum ProviderType {
    /** Built-in simulation: no WhatsApp account needed (the default). */
    SANDBOX,
    /** Meta's official WhatsApp Cloud API. */
    CLOUD_API,
    /** Whapi.cloud gateway. */
    WHAPI,
    /** A linked device paired by QR code (unofficial protocol). */
    LINKED_DEVICE;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static ProviderType fromCode(String code) {
        return Codes.parse(ProviderType.class, code);
    }
}
