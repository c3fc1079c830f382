package dev.mockndes.web;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request, transport-neutral: what the IIS site and its applications see.
 *
 * @param method     the request method, as sent
 * @param path       the path part of the request target, undecoded
 * @param rawQuery   the query string after '?', undecoded; empty when absent
 * @param headers    header values by lower-case name (the first occurrence)
 * @param body       the request body, possibly empty
 * @param client     the peer's address
 * @param server     the local address the request arrived on
 * @param version    "HTTP/1.1" or "HTTP/1.0"
 * @param connection state that lives as long as the TCP connection (NTLM authenticates connections)
 */
public record WebRequest(String method, String path, String rawQuery, Map<String, String> headers, byte[] body,
                         InetSocketAddress client, InetSocketAddress server, String version, ConnectionState connection) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public String target() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }
}
