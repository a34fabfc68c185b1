package id.sapa.channel.spi;

/**
 * The bytes of an inbound media file, fetched from the provider.
 *
 * @param mimeType what the provider says the file is; null when it says nothing (the webhook's
 *                 own type is kept then)
 */
public record DownloadedMedia(byte[] bytes, String mimeType) {
}
