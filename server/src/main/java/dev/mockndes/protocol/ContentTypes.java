package dev.mockndes.protocol;

/** The exact Content-Type strings SCEP clients compare against (lower case, no charset). */
public final class ContentTypes {
    public static final String CA_CAPS = "text/plain";
    public static final String CA_CERT = "application/x-x509-ca-cert";
    public static final String CA_RA_CERT = "application/x-x509-ca-ra-cert";
    public static final String NEXT_CA_CERT = "application/x-x509-next-ca-cert";
    public static final String PKI_MESSAGE = "application/x-pki-message";

    private ContentTypes() {
    }
}
