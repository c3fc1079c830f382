package dev.mockndes.cli;

import dev.mockndes.MockNdes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The requests a recording start ({@code serve --exit-when-ready}) sends itself before it stops:
 * a device's first contact (GetCACaps, then GetCACert, which waits for the RA pair) and the admin
 * API's health check, over loopback, as plain HTTP/1.1 on a socket. A class-data archive recorded
 * from such a start then also holds the classes that answer them, which every later start's first
 * answers need. Answers are read to the end and not checked: a failure here only makes the archive
 * smaller.
 */
final class WarmUpRequests {
    private WarmUpRequests() {
    }

    static void send(MockNdes ndes) {
        for (URI uri : List.of(URI.create(ndes.scepUrl() + "?operation=GetCACaps&message=warm-up"),
                URI.create(ndes.scepUrl() + "?operation=GetCACert&message=warm-up"), URI.create(ndes.adminUrl() + "/health"))) {
            if (uri.getScheme().equals("http")) {
                get(uri);
            }
        }
    }

    private static void get(URI uri) {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\nHost: "
                    + uri.getHost() + ":" + uri.getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the archive just lacks what this answer would have loaded
        }
    }
}
