package dev.mockndes.web;

import java.net.InetSocketAddress;

/**
 * IIS's {@code httpErrors errorMode}: who gets the detailed error page ("HTTP Error 500.0 - Internal
 * Server Error") and who the short custom one ("500 - Internal server error."). IIS's default is
 * {@link #DETAILED_LOCAL_ONLY}: detailed for requests from the loopback address only. The IIS log
 * line is the same either way.
 */
public enum ErrorPages {
    DETAILED_LOCAL_ONLY("detailed-local-only"),
    DETAILED("detailed"),
    CUSTOM("custom");

    private final String wire;

    ErrorPages(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static ErrorPages fromWire(String value) {
        for (ErrorPages mode : values()) {
            if (mode.wire.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not detailed-local-only, detailed or custom");
    }

    /** {@code response} as {@code client} sees it: a detailed IIS page becomes the custom one when this mode says so. */
    public WebResponse shownTo(InetSocketAddress client, WebResponse response) {
        boolean detailed = this == DETAILED || this == DETAILED_LOCAL_ONLY && client.getAddress().isLoopbackAddress();
        if (detailed || !IisErrorPage.isDetailedPage(response.body())) {
            return response;
        }
        return new WebResponse(response.status(), response.substatus(), response.win32Status(), response.contentType(),
                response.headers(), IisErrorPage.customHtml(response.status()), response.close(), response.username());
    }
}
