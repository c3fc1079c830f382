package dev.mockndes.enroll;

/** How the policy module checks the challenge password in a request. */
public enum ChallengeMode {
    /** Any challenge, or none (NDES with EnforcePassword = 0). */
    NONE,
    /** One fixed secret that never expires (NDES single-password mode). */
    STATIC,
    /** One-time passwords from the mscep_admin page (the NDES default). */
    OTP,
    /** Challenges minted per device by the Intune connector's API. */
    INTUNE
}
