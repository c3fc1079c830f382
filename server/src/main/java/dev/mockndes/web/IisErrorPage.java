package dev.mockndes.web;

import java.nio.charset.StandardCharsets;

/**
 * The detailed error page IIS 10 renders for a status and substatus, e.g. "HTTP Error 403.0 -
 * Forbidden", which is what a troubleshooter sees when browsing mscep.dll. The title and the
 * {@code <h3>} line follow IIS's layout; the explanatory text is our own.
 */
public record IisErrorPage(int status, int substatus, long win32Status, String reason, String explanation) {
    public static final String CONTENT_TYPE = "text/html";

    /** What mscep.dll answers a browser when the Intune policy module is installed: the sign of a healthy NDES. */
    public static final IisErrorPage FORBIDDEN = new IisErrorPage(403, 0, 0, "Forbidden",
            "You do not have permission to view this directory or page.");
    /** Windows authentication required or failed; the IIS log substatus and win32 code vary with the cause. */
    public static final IisErrorPage UNAUTHORIZED = new IisErrorPage(401, 2, 5, "Unauthorized",
            "You are not authorized to view this page because of the authentication headers you sent.");
    public static final IisErrorPage NOT_FOUND = new IisErrorPage(404, 0, 2, "Not Found",
            "The resource you are looking for has been removed, had its name changed, or is temporarily unavailable.");
    public static final IisErrorPage METHOD_NOT_ALLOWED = new IisErrorPage(405, 0, 1, "Method Not Allowed",
            "The page you are looking for cannot be displayed because an invalid method (HTTP verb) is being used.");

    /** IIS's page for any status and substatus, with IIS's reason phrase and our own explanation. */
    public static IisErrorPage of(int status, int substatus, long win32Status) {
        String reason = ReasonPhrase.of(status);
        String explanation = switch (status * 100 + substatus) {
            case 40413 -> "The request filtering module is configured to deny a request that exceeds the request content length.";
            case 40414 -> "The request filtering module is configured to deny a request where the URL is too long.";
            case 40415 -> "The request filtering module is configured to deny a request where the query string is too long.";
            case 50000 -> "The page cannot be displayed because an internal server error has occurred.";
            case 50300 -> "The application pool serving this URL is not running.";
            default -> "The server could not complete the request.";
        };
        return new IisErrorPage(status, substatus, win32Status, reason, explanation);
    }

    public String statusCode() {
        return status + "." + substatus;
    }

    /**
     * The "Error Code" row of IIS's detailed error information: the win32 status as an HRESULT
     * (0x8007xxxx), e.g. 0x80070542 for 1346. Only when there is a win32 status.
     */
    private String errorCode() {
        return win32Status == 0 ? "" : "<fieldset><h4>Detailed Error Information:</h4>\r\n"
                + "<table><tr><th>Error Code</th><td>" + String.format("0x%08x", 0x80070000L | (win32Status & 0xFFFF)) + "</td></tr></table>\r\n"
                + "</fieldset>\r\n";
    }

    private static final String DETAILED_TITLE = "<title>IIS 10.0 Detailed Error - ";

    /** True for a body {@link #html()} wrote. */
    static boolean isDetailedPage(byte[] body) {
        return body.length > 300 && new String(body, 0, Math.min(body.length, 400), StandardCharsets.ISO_8859_1).contains(DETAILED_TITLE);
    }

    /**
     * IIS's custom error page for a remote client: the short "500 - Internal server error." page, with
     * IIS's own heading and sentence for the statuses NDES answers with, the reason phrase otherwise.
     */
    public static byte[] customHtml(int status) {
        String heading = switch (status) {
            case 401 -> "401 - Unauthorized: Access is denied due to invalid credentials.";
            case 403 -> "403 - Forbidden: Access is denied.";
            case 404 -> "404 - File or directory not found.";
            case 405 -> "405 - HTTP verb used to access this page is not allowed.";
            case 500 -> "500 - Internal server error.";
            case 503 -> "503 - Service unavailable.";
            default -> status + " - " + ReasonPhrase.of(status) + ".";
        };
        String sentence = switch (status) {
            case 401, 403 -> "You do not have permission to view this directory or page using the credentials that you supplied.";
            case 404 -> "The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.";
            case 405 -> "The page you are looking for cannot be displayed because an invalid method (HTTP verb) was used to attempt access.";
            default -> "There is a problem with the resource you are looking for, and it cannot be displayed.";
        };
        String page = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\">\r\n"
                + "<head>\r\n"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"/>\r\n"
                + "<title>" + heading + "</title>\r\n"
                + "</head>\r\n"
                + "<body>\r\n"
                + "<div id=\"header\"><h1>Server Error</h1></div>\r\n"
                + "<div id=\"content\">\r\n"
                + " <div class=\"content-container\"><fieldset>\r\n"
                + "  <h2>" + heading + "</h2>\r\n"
                + "  <h3>" + sentence + "</h3>\r\n"
                + " </fieldset></div>\r\n"
                + "</div>\r\n"
                + "</body>\r\n"
                + "</html>\r\n";
        return page.getBytes(StandardCharsets.ISO_8859_1);
    }

    public byte[] html() {
        String code = statusCode();
        String page = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\">\r\n"
                + "<head>\r\n"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"/>\r\n"
                + "<title>IIS 10.0 Detailed Error - " + code + " - " + reason + "</title>\r\n"
                + "</head>\r\n"
                + "<body>\r\n"
                + "<div id=\"content\">\r\n"
                + "<div class=\"content-container\">\r\n"
                + "  <h3>HTTP Error " + code + " - " + reason + "</h3>\r\n"
                + "  <h4>" + explanation + "</h4>\r\n"
                + errorCode()
                + "</div>\r\n"
                + "</div>\r\n"
                + "</body>\r\n"
                + "</html>\r\n";
        return page.getBytes(StandardCharsets.ISO_8859_1);
    }
}
