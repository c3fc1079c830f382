package dev.mockndes.enroll;

/** Told about every challenge decision, so the NDES layer can raise the events Windows would log. */
public interface ChallengeListener {

    void accepted(ChallengeMode mode, EnrolmentRequest request);

    void refused(ChallengeRefusal refusal, EnrolmentRequest request);

    ChallengeListener IGNORE = new ChallengeListener() {
        public void accepted(ChallengeMode mode, EnrolmentRequest request) {
        }

        public void refused(ChallengeRefusal refusal, EnrolmentRequest request) {
        }
    };
}
