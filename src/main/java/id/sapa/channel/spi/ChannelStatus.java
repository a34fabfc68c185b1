package id.sapa.channel.spi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/** A channel's connection state (seed 002 table 1). */
public enum ChannelStatus {
    QR_PENDING, CONNECTING, CONNECTED, DISCONNECTED, LOGOUT;

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static ChannelStatus fromCode(String code) {
        return Codes.parse(ChannelStatus.class, code);
    }
}
