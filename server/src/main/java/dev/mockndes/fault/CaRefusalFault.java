package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mockndes.ndes.CaRefusal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * NDES cannot get a certificate from the CA: every PKIOperation raises Event 31 and is answered
 * with a FAILURE (or, with {@code answer: http-500}, IIS's 500 page). With {@code caStatus} the CA
 * received the request and denied it, so it also lands in the CA's failed requests with Event 53.
 * GetCACaps and GetCACert are untouched: NDES answers them from what it holds.
 */
@JsonClassDescription("NDES cannot get a certificate from the CA: PKIOperation raises Event 31 and gets a FAILURE or a 500; with caStatus the CA keeps a failed request.")
@JsonTypeName("ca-refusal")
public record CaRefusalFault(
        @JsonPropertyDescription("The HRESULT NDES met, as 0x followed by 8 hex digits, e.g. 0x800706ba (RPC server unavailable) "
                + "or 0x80004005 (the CA denied the request).") @JsonProperty(required = true) String hresult,
        @JsonPropertyDescription("The words that go with it in Event 31: NDES's when the CA was not reached, the CA's when it denied.")
        @JsonProperty(required = true) String reason,
        @JsonPropertyDescription("The status code of the CA's failed request, e.g. 0x80094800; leave it out when the CA never got the request.")
        String caStatus,
        @JsonPropertyDescription("What the device gets: scep-failure (default) or http-500.") @Accepts(words = "answers") String answer,
        @JsonPropertyDescription("The failInfo of the FAILURE (default badRequest).") @Accepts(words = "failInfos") String failInfo)
        implements Fault {

    public CaRefusalFault {
        answer = answer == null ? CaRefusal.Answer.SCEP_FAILURE.word() : answer;
        failInfo = failInfo == null ? "badRequest" : failInfo;
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is the text Event 31 shows, e.g. 'The RPC server is unavailable.'");
        }
        refusal(hresult, reason, caStatus, answer, failInfo);
    }

    /** The words {@code answer} takes. */
    public static List<String> answers() {
        return Arrays.stream(CaRefusal.Answer.values()).map(CaRefusal.Answer::word).toList();
    }

    /** The RFC 8894 names {@code failInfo} takes. */
    public static List<String> failInfos() {
        return ScepFailureFault.failInfos();
    }

    public CaRefusal refusal() {
        return refusal(hresult, reason, caStatus, answer, failInfo);
    }

    private static CaRefusal refusal(String hresult, String reason, String caStatus, String answer, String failInfo) {
        CaRefusal.Answer said = Arrays.stream(CaRefusal.Answer.values()).filter(a -> a.word().equals(answer)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown answer '" + answer + "' (" + String.join(", ", answers()) + ")"));
        return new CaRefusal(code("hresult", hresult), reason, Optional.ofNullable(caStatus).map(s -> code("caStatus", s)), said,
                new ScepFailureFault(failInfo).failInfoValue());
    }

    private static int code(String key, String text) {
        if (text == null || !text.matches("0[xX][0-9a-fA-F]{8}")) {
            throw new IllegalArgumentException(key + " is an HRESULT written 0x followed by 8 hex digits, e.g. 0x80094800, not '"
                    + text + "'");
        }
        return Integer.parseUnsignedInt(text.substring(2), 16);
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.refuseAtCa(refusal());
    }
}
