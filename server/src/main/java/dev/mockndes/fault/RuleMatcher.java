package dev.mockndes.fault;

import dev.mockndes.protocol.MessageType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a request satisfies every condition of a {@link Match}. */
final class RuleMatcher {
    /** userAgent patterns, compiled once each. */
    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleMatcher() {
    }

    static boolean matches(Match match, RequestFacts facts) {
        if (match == null) {
            return true;
        }
        return anyIgnoringCase(match.operation(), facts.operation())
                && anyIgnoringCase(match.method(), facts.method())
                && (match.path() == null || match.path().equalsIgnoreCase(facts.path()))
                && (match.userAgent() == null || PATTERNS.computeIfAbsent(match.userAgent(), Pattern::compile)
                        .matcher(facts.userAgent()).find())
                && (match.device() == null || UserAgentFamily.fromWord(match.device().toLowerCase(Locale.ROOT))
                        .filter(family -> family.recognises(facts.userAgent())).isPresent())
                && (match.host() == null || match.host().equalsIgnoreCase(facts.host()))
                && (match.notHost() == null || !match.notHost().equalsIgnoreCase(facts.host()))
                && (match.minUrlLength() == null || facts.urlLength() >= match.minUrlLength())
                && (match.minQueryLength() == null || facts.queryLength() >= match.minQueryLength())
                && (match.messageType() == null || match.messageType().isEmpty() || facts.messageType()
                        .filter(type -> match.messageType().stream().anyMatch(name -> MessageType.fromName(name).orElse(null) == type))
                        .isPresent());
    }

    private static boolean anyIgnoringCase(List<String> allowed, String actual) {
        return allowed == null || allowed.isEmpty() || allowed.stream().anyMatch(actual::equalsIgnoreCase);
    }
}
