package dev.mockndes.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SystemWordsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new AccessDeniedException("/srv/data"), "Permission denied"),
                Arguments.of(new NoSuchFileException("ca.pem"), "No such file or directory"),
                Arguments.of(new NotDirectoryException("/tmp/f"), "Not a directory"),
                Arguments.of(new FileSystemException("/tmp/f/x", null, "Not a directory"), "Not a directory"),
                Arguments.of(new BindException("Address already in use"), "Address already in use"),
                Arguments.of(new ConnectException(), "Connection refused"),
                Arguments.of(new UncheckedIOException(new IOException(new ConnectException())), "Connection refused"),
                Arguments.of(new UnknownHostException("nosuch.invalid"), "Name or service not known (nosuch.invalid)"),
                Arguments.of(new SSLHandshakeException("PKIX path building failed: sun.security..."),
                        "the server's TLS certificate is not trusted (no chain to a trusted CA)"),
                Arguments.of(new IOException("java.nio.file.NoSuchFileException: x.yaml"), "x.yaml"),
                // Netty's native transport (epoll) words a failed system call this way
                Arguments.of(new IOException("bind(..) failed with error(-98): Address already in use"), "Address already in use"),
                Arguments.of(new IOException("bind(..) failed: Cannot assign requested address"), "Cannot assign requested address"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void namesTheFailureInTheSystemsOwnWords(Throwable failure, String words) {
        assertThat(SystemWords.of(failure)).isEqualTo(words);
    }
}
