package dev.mockndes.admin;

/** The logs a troubleshooter reads, with the admin API path that serves each and its content type. */
public enum NdesLog {
    IIS("/logs/iis", "text/plain"),
    HTTPERR("/logs/httperr", "text/plain"),
    EVENTS("/events", "application/x-ndjson");

    private final String path;
    private final String contentType;

    NdesLog(String path, String contentType) {
        this.path = path;
        this.contentType = contentType;
    }

    public String path() {
        return path;
    }

    public String contentType() {
        return contentType;
    }
}
