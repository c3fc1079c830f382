package dev.mockndes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The query-string parser: any text parses without an exception, and parameters written with
 * percent-encoding (raw {@code +} and {@code /} kept, as Apple sends base64) come back unchanged,
 * names case-insensitively, the first occurrence winning.
 */
class RawQueryFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyQueryParsesAndEncodedParametersComeBackUnchanged(FuzzedDataProvider data) {
        RawQuery.parse(data.consumeString(512)).get(data.consumeString(16));

        Map<String, String> first = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        int count = data.consumeInt(0, 6);
        for (int i = 0; i < count; i++) {
            String name = data.consumeString(12);
            String value = data.consumeString(64);
            first.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
            query.append(i == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
        }
        RawQuery parsed = RawQuery.parse(query.toString());
        first.forEach((name, value) -> {
            assertThat(parsed.get(name)).as("%s in %s", name, query).contains(value);
            if (name.chars().allMatch(c -> c < 0x80)) { // IIS compares parameter names case-insensitively in ASCII
                assertThat(parsed.get(name.toUpperCase(Locale.ROOT))).as("%s in %s", name, query).contains(value);
            }
        });
    }

    /** Percent-encodes everything but unreserved characters, '+' and '/'. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~+/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
