package dev.mockndes.enroll;

/** Whether the CA issues at once or holds requests for an operator, as a template with "CA certificate manager approval" does. */
public enum ApprovalMode {
    AUTO,
    MANUAL
}
