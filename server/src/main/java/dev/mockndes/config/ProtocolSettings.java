package dev.mockndes.config;

/**
 * The optional parts of RFC 8894 the server offers beyond what a default NDES does. Grows with the
 * protocol features (manual approval, renewal window, CA rollover).
 */
public record ProtocolSettings() {

    public static ProtocolSettings defaults() {
        return new ProtocolSettings();
    }
}
