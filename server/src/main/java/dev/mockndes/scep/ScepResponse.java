package dev.mockndes.scep;

/** A successful SCEP answer: the exact Content-Type and the body bytes. */
public record ScepResponse(String contentType, byte[] body) {
}
