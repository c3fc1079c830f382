package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-request shortcuts give exactly what the long way gave. */
class CheapRequestPathTest {

    @Test
    void theCachedDateHeaderIsTheFormattedCurrentSecond() {
        String before = DateFormatter.format(new Date());
        String cached = HttpDate.now();
        String after = DateFormatter.format(new Date());

        assertThat(cached).isIn(before, after);
        assertThat(HttpDate.now()).isIn(cached, after, DateFormatter.format(new Date()));
    }

    @Test
    void httpSysLimitsReadFromTheHeadersAgreeWithTheLineLengths() {
        HttpSysLimits limits = new HttpSysLimits(100, 200);
        HttpHeaders fits = new DefaultHttpHeaders().add("Host", "127.0.0.1:8080").add("User-Agent", "x".repeat(60));
        HttpHeaders longField = new DefaultHttpHeaders().add("Host", "h").add("Cookie", "c".repeat(97));
        HttpHeaders longRequest = new DefaultHttpHeaders().add("A", "a".repeat(80)).add("B", "b".repeat(80)).add("C", "c".repeat(80));

        for (HttpHeaders headers : List.of(fits, longField, longRequest)) {
            List<Integer> lines = headers.entries().stream().map(h -> h.getKey().length() + 2 + h.getValue().length()).toList();
            assertThat(limits.refusal(20, headers)).isEqualTo(limits.refusal(20, lines));
        }
        assertThat(limits.refusal(20, fits)).isNull();
        assertThat(limits.refusal(20, longField)).isEqualTo("FieldLength");
        assertThat(limits.refusal(20, longRequest)).isEqualTo("RequestLength");
        assertThat(limits.refusal(101, fits)).isEqualTo("FieldLength");
    }
}
