package dev.mockndes.admin;

/** The logs a troubleshooter reads, with the admin API path that serves each and its content type. */
public enum NdesLog {
    IIS("/logs/iis", "text/plain"),
    HTTPERR("/logs/httperr", "text/plain"),
    EVENTS("/events", "application/x-ndjson"),
    /** The Intune policy module's NDESPlugin.log. */
    NDES_PLUGIN("/logs/ndes-plugin", "text/plain"),
    /** The certificate registration point's CertificateRegistrationPoint.svclog, one XML record per line. */
    CERTIFICATE_REGISTRATION_POINT("/logs/certificate-registration-point", "text/plain");

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
