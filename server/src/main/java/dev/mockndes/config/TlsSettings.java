package dev.mockndes.config;

/** Whether the SCEP site is served over HTTPS, and with which server certificate. */
public record TlsSettings() {

    /** Plain HTTP, as most NDES servers behind an Intune connector are reached internally. */
    public static TlsSettings none() {
        return new TlsSettings();
    }
}
