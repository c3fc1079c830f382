package dev.mockndes.harness.cli;

import dev.mockndes.common.SystemWords;
import java.net.URI;

/** The formatter of {@code scep-harness}: checks what a user typed and words whatever a command failed with. */
public final class HarnessErrors {
    /** Where NDES (and mock-ndes) answers SCEP. */
    public static final String NDES_PATH = "/certsrv/mscep/mscep.dll";

    private HarnessErrors() {
    }

    /**
     * @throws HarnessError for a URL a device could not use: no http(s) scheme, no host, or no path
     *                      (NDES answers only at {@value #NDES_PATH})
     */
    public static URI checkScepUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new HarnessError("not a SCEP URL: " + url, "it needs http:// or https://, a host and a path",
                    "give the URL as the SCEP profile has it, e.g. http://127.0.0.1:8080" + NDES_PATH);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (path.isEmpty() || path.equals("/")) {
            throw new HarnessError("no path in the SCEP URL " + url, "NDES answers SCEP only at " + NDES_PATH,
                    "try " + url.getScheme() + "://" + url.getRawAuthority() + NDES_PATH);
        }
        return url;
    }

    /** Anything a command failed with, in plain words, with where to read more. */
    public static HarnessError explain(Throwable e, String command) {
        return e instanceof HarnessError known ? known
                : new HarnessError(command + " failed", SystemWords.of(e), "see '" + command + " --help'");
    }
}
