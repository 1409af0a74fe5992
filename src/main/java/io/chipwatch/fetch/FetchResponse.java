package io.chipwatch.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A successful fetch: either a fresh body (decoded, within the caps) or "not modified".
 *
 * @param uri          the URL that answered, after redirects
 * @param notModified  the server answered 304 to our conditional request
 * @param body         decoded body; empty when not modified
 * @param contentType  media type without parameters, lower case; may be empty
 * @param charset      the charset named by {@code Content-Type}, if any
 * @param etag         validator to send as {@code If-None-Match} next time
 * @param lastModified validator to send as {@code If-Modified-Since} next time
 */
public record FetchResponse(
        URI uri,
        boolean notModified,
        byte[] body,
        String contentType,
        Optional<Charset> charset,
        String etag,
        String lastModified) {
}
