package id.sapa.channel.internal;

import id.sapa.channel.Channel;
import id.sapa.channel.spi.ChannelAccess;

/**
 * Opens a channel's sealed credentials for the module's own adapters (webhook checks, media
 * downloads, template sync). It lives in {@code internal}, which no other module may use, so the
 * decrypted secrets never leave {@code channel}; never hand what it returns to a response or a log.
 */
public interface ChannelKeys {

    ChannelAccess open(Channel channel);
}
