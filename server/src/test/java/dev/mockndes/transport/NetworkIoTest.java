package dev.mockndes.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockndes.fault.FaultPolicy;
import dev.mockndes.ndes.ScepOverrides;
import dev.mockndes.web.ExchangeObserver;
import dev.mockndes.web.WebResponse;
import io.netty.channel.epoll.Epoll;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both socket layers answer alike: keep-alive, then a close the response demands. */
class NetworkIoTest {

    @Test
    void linuxGetsEpollUnlessNioIsAsked() {
        assertThat(Epoll.isAvailable()).as("the native epoll library loads on this Linux").isTrue();
        assertThat(NetworkIo.chosen()).isEqualTo(NetworkIo.EPOLL);
        String before = System.getProperty(NetworkIo.PROPERTY);
        try {
            System.setProperty(NetworkIo.PROPERTY, " NIO ");
            assertThat(NetworkIo.chosen()).isEqualTo(NetworkIo.NIO);
        } finally {
            if (before == null) {
                System.clearProperty(NetworkIo.PROPERTY);
            } else {
                System.setProperty(NetworkIo.PROPERTY, before);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(NetworkIo.class)
    void answersOnAKeptConnectionThenClosesWhenTheResponseSaysSo(NetworkIo io) throws Exception {
        try (EventLoops loops = EventLoops.create(1, io)) {
            assertThat(loops.ioName()).isEqualTo(io.name().toLowerCase());
            HttpListener listener = HttpListener.bind(loops, "127.0.0.1", 0, request -> CompletableFuture.completedFuture(
                            request.target().contains("last")
                                    ? WebResponse.ok("text/plain", "bye".getBytes()).closingConnection()
                                    : WebResponse.ok("text/plain", "ok".getBytes())),
                    ExchangeObserver.IGNORE, "test", FaultPolicy.NONE, ScepOverrides.NONE, new RequestJournal(1), Optional.empty());
            try (Socket socket = new Socket("127.0.0.1", listener.address().getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /last HTTP/1.1\r\nHost: x\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // readAllBytes returns only once the server has closed the connection
                String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertThat(answers.split("HTTP/1.1 200 OK\r\n", -1)).hasSize(3);
                assertThat(answers).containsSubsequence("Content-Length: 2\r\n\r\nok",
                        "Content-Length: 3\r\nConnection: close\r\n\r\nbye");
            } finally {
                listener.close();
            }
        }
    }
}
