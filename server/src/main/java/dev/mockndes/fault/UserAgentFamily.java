package dev.mockndes.fault;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The devices a rule's {@code match.device} can name, recognised from the User-Agent as NDES's IIS
 * log shows it. A User-Agent belongs to the first family, in declaration order, whose marker it
 * contains. macOS enrols with the same {@code profiled} agent as iOS, so the two recognise the same
 * requests.
 */
public enum UserAgentFamily {
    ANDROID("android", "dalvik", "android"),
    IOS("ios", "profiled", "darwin"),
    MACOS("macos", "profiled", "darwin"),
    WINDOWS("windows", "ndes client", "win32");

    private final String word;
    private final List<String> markers;

    UserAgentFamily(String word, String... markers) {
        this.word = word;
        this.markers = List.of(markers);
    }

    /** The name a scenario's {@code match.device} uses. */
    public String word() {
        return word;
    }

    /** Every name, in declaration order. */
    public static List<String> words() {
        return Arrays.stream(values()).map(UserAgentFamily::word).toList();
    }

    /** The family a {@code match.device} word names, exactly as written. */
    public static Optional<UserAgentFamily> fromWord(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }

    /** Whether a request with this User-Agent comes from this family. */
    public boolean recognises(String userAgent) {
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.markers.stream().anyMatch(agent::contains)).findFirst()
                .map(first -> first.markers.equals(markers)).orElse(false);
    }
}
