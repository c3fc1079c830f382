package dev.mockndes.web;

import java.net.InetSocketAddress;

/**
 * Told about every exchange after its response is written: the IIS site logs them. Called on
 * network threads, so implementations must not block.
 */
public interface ExchangeObserver {

    /** A request reached the site and was answered. */
    void served(WebRequest request, WebResponse response, long timeTakenMillis);

    /**
     * HTTP.sys-level refusal: the request could not be parsed or exceeded a protocol limit and never
     * reached the site. {@code method} and {@code uri} are null when they could not be read;
     * {@code reason} is an HTTPERR reason phrase such as "URL_Length".
     */
    void refused(InetSocketAddress client, InetSocketAddress server, String method, String uri, int status, String reason);

    ExchangeObserver IGNORE = new ExchangeObserver() {
        public void served(WebRequest request, WebResponse response, long timeTakenMillis) {
        }

        public void refused(InetSocketAddress client, InetSocketAddress server, String method, String uri, int status,
                            String reason) {
        }
    };
}
