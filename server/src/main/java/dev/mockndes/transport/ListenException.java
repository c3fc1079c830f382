package dev.mockndes.transport;

import dev.mockndes.common.SystemWords;

/** An address and port the server cannot listen on, with the operating system's reason ("Address already in use"). */
public final class ListenException extends RuntimeException {
    private final String address;
    private final int port;
    private final String reason;

    public ListenException(String address, int port, Throwable cause) {
        super("cannot listen on " + address + ":" + port + ": " + SystemWords.of(cause), cause);
        this.address = address;
        this.port = port;
        this.reason = SystemWords.of(cause);
    }

    public String address() {
        return address;
    }

    public int port() {
        return port;
    }

    /** The operating system's words, e.g. "Address already in use" or "Cannot assign requested address". */
    public String reason() {
        return reason;
    }
}
