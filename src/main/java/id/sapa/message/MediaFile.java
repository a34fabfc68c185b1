package id.sapa.message;

import java.io.InputStream;

/** A stored media file being read; the caller closes {@code content}. */
public record MediaFile(String mimeType, long size, String fileName, InputStream content) {
}
