package dev.mockndes.transport;

/**
 * HTTP.sys's MaxFieldLength and MaxRequestBytes (HKLM\SYSTEM\CurrentControlSet\Services\HTTP\Parameters):
 * a request line or header field longer than {@code maxFieldLength} is refused with 400 FieldLength, a
 * request line and headers together longer than {@code maxRequestBytes} with 400 RequestLength. Both
 * before IIS sees the request, logged in HTTPERR only.
 */
public record HttpSysLimits(int maxFieldLength, int maxRequestBytes) {
    /** Windows' defaults. */
    public static final HttpSysLimits DEFAULTS = new HttpSysLimits(16_384, 16_384);
    /** What the NDES guidance sets both to. */
    public static final int NDES_GUIDANCE = 65_534;
    /** No limit below the codec's own: the admin API. */
    static final HttpSysLimits NONE = new HttpSysLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);

    public HttpSysLimits {
        if (maxFieldLength < 64 || maxRequestBytes < 64) {
            throw new IllegalArgumentException("HTTP.sys limits are at least 64 bytes");
        }
    }

    /** {@link #refusal(int, Iterable)} for these headers, each line being {@code name: value}; no list is made. */
    String refusal(int requestLineLength, io.netty.handler.codec.http.HttpHeaders headers) {
        if (requestLineLength > maxFieldLength) {
            return "FieldLength";
        }
        long total = requestLineLength + 2L;
        var lines = headers.iteratorCharSequence();
        while (lines.hasNext()) {
            var header = lines.next();
            int length = header.getKey().length() + 2 + header.getValue().length();
            if (length > maxFieldLength) {
                return "FieldLength";
            }
            total += length + 2L;
        }
        return total > maxRequestBytes ? "RequestLength" : null;
    }

    /** The HTTPERR reason for a request of this request line and header lines, or null when it is within the limits. */
    String refusal(int requestLineLength, Iterable<Integer> headerLineLengths) {
        if (requestLineLength > maxFieldLength) {
            return "FieldLength";
        }
        long total = requestLineLength + 2L;
        for (int length : headerLineLengths) {
            if (length > maxFieldLength) {
                return "FieldLength";
            }
            total += length + 2L;
        }
        return total > maxRequestBytes ? "RequestLength" : null;
    }
}
