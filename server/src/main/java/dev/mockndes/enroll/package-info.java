/**
 * The enrolment chain: challenge policies, re-sent request check, pending queue, CA issuer, CRL issuer.
 * Below the SCEP service, above the stores and the PKI; it speaks EnrolmentRequest and EnrolmentResult.
 */
package dev.mockndes.enroll;
