package dev.mockndes.enroll;

/**
 * One step of the enrolment policy chain. Policies are decorators around the next step; the chain
 * ends in {@link CaIssuer}. See {@link EnrolmentChain} for the one place it is assembled.
 */
@FunctionalInterface
public interface Enroller {
    EnrolmentResult enrol(EnrolmentRequest request);
}
