package dev.mockndes.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One HTTP response as a value, with the IIS log fields that go with it.
 *
 * @param status      HTTP status
 * @param substatus   IIS sc-substatus (e.g. 0 for 403.0, 14 for 404.14)
 * @param win32Status IIS sc-win32-status (e.g. 1346)
 * @param contentType exact Content-Type, or null for none
 * @param headers     extra headers in order; a name may repeat (WWW-Authenticate)
 * @param body        the body bytes
 * @param close       close the connection after this response whatever the client asked
 * @param username    the authenticated user for the cs-username log field, or null
 */
public record WebResponse(int status, int substatus, long win32Status, String contentType,
                          List<Map.Entry<String, String>> headers, byte[] body, boolean close, String username) {

    public WebResponse {
        headers = List.copyOf(headers);
    }

    public static WebResponse ok(String contentType, byte[] body) {
        return new WebResponse(200, 0, 0, contentType, List.of(), body, false, null);
    }

    public static WebResponse page(IisErrorPage page) {
        return new WebResponse(page.status(), page.substatus(), page.win32Status(), IisErrorPage.CONTENT_TYPE, List.of(),
                page.html(), false, null);
    }

    /** A one-line plain-text reason, for requests the server refuses to interpret. */
    public static WebResponse refuse(int status, String reason) {
        return new WebResponse(status, 0, 0, "text/plain", List.of(), (reason + "\r\n").getBytes(StandardCharsets.UTF_8),
                false, null);
    }

    public WebResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new WebResponse(status, substatus, win32Status, contentType, more, body, close, username);
    }

    public WebResponse withLogStatus(int newSubstatus, long newWin32Status) {
        return new WebResponse(status, newSubstatus, newWin32Status, contentType, headers, body, close, username);
    }

    public WebResponse closingConnection() {
        return new WebResponse(status, substatus, win32Status, contentType, headers, body, true, username);
    }

    /**
     * This response cut to its first {@code bytes} body bytes while Content-Length still promises the
     * whole body; the connection closes after it.
     */
    public WebResponse truncatedTo(int bytes) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry("Content-Length", Integer.toString(body.length)));
        return new WebResponse(status, substatus, win32Status, contentType, more, java.util.Arrays.copyOf(body, bytes), true,
                username);
    }

    public WebResponse asUser(String user) {
        return new WebResponse(status, substatus, win32Status, contentType, headers, body, close, user);
    }
}
