package id.sapa.channel.spi;

import java.util.Map;

/** What an adapter gets for a call on one channel: who it is and its opened credentials. */
public record ChannelAccess(ChannelRef channel, Map<String, String> credentials, Map<String, Object> settings) {

    @Override
    public String toString() {
        return "ChannelAccess[" + channel + "]";
    }
}
