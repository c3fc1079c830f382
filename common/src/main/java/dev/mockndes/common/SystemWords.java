package dev.mockndes.common;

import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Why an operating-system or network call failed, in the words the operating system or the peer
 * uses ("Permission denied", "Connection refused"), never a Java class name. Both tools' error
 * formatters and the layers that wrap an {@link java.io.IOException} into their own message use it.
 */
public final class SystemWords {
    private SystemWords() {
    }

    /**
     * The words for the first cause in {@code failure}'s chain that has any, its first line at most.
     * A failure of another type that carries its own message (one of ours, wrapping the cause with
     * the file or address it concerns) is worded by that message instead.
     */
    public static String of(Throwable failure) {
        if (known(failure) == null && !(failure instanceof java.io.UncheckedIOException) && ownWords(failure) != null) {
            return ownWords(failure);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String words = known(cause);
            if (words != null) {
                return words;
            }
        }
        return fallback(failure);
    }

    /** How Netty's native transport words a failed system call: "bind(..) failed with error(-98): Address already in use". */
    private static final java.util.regex.Pattern NATIVE_CALL =
            java.util.regex.Pattern.compile("\\w+\\(\\.\\.\\) failed(?: with error\\(-?\\d+\\))?: (.+)");

    private static String known(Throwable e) {
        String message = firstLine(e.getMessage());
        if (e instanceof java.io.IOException && message != null) {
            java.util.regex.Matcher nativeCall = NATIVE_CALL.matcher(message);
            if (nativeCall.matches()) {
                return nativeCall.group(1);
            }
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        if (e instanceof FileSystemException fileSystem) {
            return fileSystem.getReason() != null ? fileSystem.getReason() : null;
        }
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "Name or service not known" + (message == null ? "" : " (" + message + ")");
        }
        if (e instanceof BindException || e instanceof NoRouteToHostException) {
            return message;
        }
        if (e instanceof ConnectException) {
            return message != null && !message.isBlank() && !message.startsWith("java.") ? message : "Connection refused";
        }
        if (e instanceof HttpTimeoutException || e instanceof SocketTimeoutException) {
            return "timed out";
        }
        if (e instanceof SSLHandshakeException && message != null && message.contains("PKIX path")) {
            return "the server's TLS certificate is not trusted (no chain to a trusted CA)";
        }
        if (e instanceof SSLException && message != null && message.contains("Unsupported or unrecognized SSL message")) {
            return "the peer does not speak TLS on that port (plain HTTP?)";
        }
        if (e instanceof SSLException) {
            return message == null ? "TLS handshake failed" : "TLS: " + message;
        }
        return null;
    }

    /** The message without any {@code java.x.y.SomeException: } prefix, or a plain phrase when there is none. */
    private static String fallback(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = firstLine(cause.getMessage());
            if (message != null) {
                String stripped = message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*", "").strip();
                if (!stripped.isEmpty()) {
                    return stripped;
                }
            }
        }
        return "it failed without saying why";
    }

    /** The message, when it is a sentence of ours rather than a Java class name or a path alone. */
    private static String ownWords(Throwable failure) {
        String message = firstLine(failure.getMessage());
        boolean generic = failure.getClass().getName().startsWith("java.") || failure.getClass().getName().startsWith("javax.");
        return message == null || generic || message.matches(".*\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b.*") ? null : message;
    }

    private static String firstLine(String message) {
        return message == null || message.isBlank() ? null : message.strip().lines().findFirst().orElse(null);
    }
}
