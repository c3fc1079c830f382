package dev.mockndes.harness.probe;

/**
 * The causes the probe can name: those of Microsoft's "device to NDES" troubleshooting article and
 * its siblings, plus the plain network failures, in our own words. The ids of documented causes are
 * the names of the mock-ndes scenarios that reproduce them.
 */
public enum Cause {
    HEALTHY("healthy", "NDES looks healthy",
            "Browsing the URL gives 403.0, the SCEP operations answer, and nothing the probe tried failed.",
            "None needed. If devices still fail, look further along the chain: the policy module, the CA, delivery."),
    HOST_NOT_FOUND("host-not-found", "The host name does not resolve",
            "DNS has no address for the host in the SCEP URL.",
            "Check the URL in the SCEP profile and the DNS records (public name for devices outside the network)."),
    CONNECTION_REFUSED("connection-refused", "Nothing accepts connections at the SCEP URL",
            "The host answers, but no service listens on that port, or a firewall rejects the connection.",
            "Check that IIS runs and listens on the port of the URL, and that firewalls between the device and NDES allow it."),
    NO_ANSWER("no-answer", "Requests get no answer at all",
            "Connections open but no answer ever arrives: a hung server or something on the path that swallows traffic.",
            "Check the server's load and IIS state, then trace the network path for a proxy or firewall that holds the traffic."),
    NETWORK_BLOCKED("network-blocked", "Connections are dropped before NDES answers",
            "Something between the device and NDES (firewall, proxy, routing) closes the connections, so the request never "
                    + "reaches IIS and the IIS log has no line for it.",
            "Trace the path from the device's network to the NDES server and open it for the SCEP URL."),
    PAGE_CANT_BE_DISPLAYED("page-cant-be-displayed", "The application proxy refuses this URL (\"This page can't be displayed\")",
            "Every connection is reset: with the Entra application proxy in front of NDES, the external URL published for "
                    + "the SCEP application is not the one in the URL.",
            "Publish the SCEP application on the proxy's default domain (yourtenant.msappproxy.net) and use that external URL "
                    + "in the SCEP profile."),
    TLS_EXPIRED_CERTIFICATE("tls-expired-certificate", "The HTTPS certificate of the SCEP site has expired",
            "The certificate bound to the site in IIS is past its end date, so every client refuses the handshake before "
                    + "sending a request; the IIS log has no line for them.",
            "Renew the server certificate and bind the new one to the site (IIS Manager, Bindings, https)."),
    TLS_WRONG_HOST("tls-wrong-host", "The HTTPS certificate is for another host name",
            "The certificate bound to the site names neither the host of the SCEP URL in its subject nor in its "
                    + "subjectAltNames; clients refuse the handshake (the NDESPlugin logs 12175, "
                    + "WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID).",
            "Issue the site's certificate for the name devices use (the external URL's host too), or use a URL with the name "
                    + "the certificate carries."),
    TLS_UNTRUSTED_CHAIN("tls-untrusted-chain", "The HTTPS certificate does not lead to a CA the device trusts",
            "The site's certificate is issued by a private CA that the device's trust store does not hold.",
            "Deploy the issuing root (a trusted certificate profile) to the devices, or use a certificate from a CA they "
                    + "already trust."),
    TLS_OLD_PROTOCOL("tls-old-protocol", "The SCEP site speaks only an old TLS version",
            "The server ends the handshake before sending a certificate: it offers no TLS version the client accepts, "
                    + "typically TLS 1.0 only (SCHANNEL with TLS 1.2 disabled).",
            "Enable TLS 1.2 (and 1.3) for the server in SCHANNEL's registry keys and restart the server."),
    FLAKY("flaky", "The path to NDES is unreliable",
            "Some identical requests are answered and others are reset or dropped: a flaky load balancer, proxy or link.",
            "Find the unstable hop (load balancer health, proxy logs, packet loss); devices must retry meanwhile."),
    APP_POOL_STOPPED("app-pool-stopped", "The SCEP application pool is stopped or keeps crashing (HTTP 503)",
            "HTTP.sys answers 503 because the SCEP pool in IIS is not running; when it crashes on requests, the Application "
                    + "log has Event 1000 for w3wp.exe. Documented reasons for the crashes: an intermediate CA certificate in the "
                    + "Trusted Root store, unreachable CRLs of the connector's certificates, Windows authentication on "
                    + "CertificateRegistrationSvc, an expired NDES policy module client certificate.",
            "Start the SCEP pool (IIS Manager, Application Pools). If it stops again, read the crash events and fix the reason: "
                    + "move intermediates out of the Trusted Root store, make the CRLs reachable (CAPI2 log), switch "
                    + "CertificateRegistrationSvc to anonymous authentication, or renew the certificate in NDESCertThumbprint."),
    APP_POOL_INTERMEDIATE_IN_ROOT("app-pool-stopped-intermediate-in-root",
            "SCEP pool crashes: an intermediate CA certificate is in the Trusted Root store",
            "A certificate whose issuer differs from its subject sits among the trusted roots (often pushed by group policy).",
            "Find them with Get-ChildItem cert:\\LocalMachine\\Root | Where-Object { $_.Issuer -ne $_.Subject }, move them to "
                    + "Intermediate Certification Authorities, keep group policy from restoring them, restart the server."),
    APP_POOL_CRL_UNREACHABLE("app-pool-stopped-crl-unreachable", "SCEP pool crashes: CRLs of the connector's certificates are unreachable",
            "The revocation lists named in the connector's certificates are blocked or offline, so the revocation check fails.",
            "Enable the CAPI2 Operational log, reproduce, find the failing CRL addresses and make them reachable from NDES."),
    APP_POOL_WINDOWS_AUTH_ON_CRP("app-pool-stopped-windows-auth-on-crp",
            "SCEP pool crashes: Windows authentication is on for CertificateRegistrationSvc",
            "The CertificateRegistrationSvc application has Windows authentication enabled where anonymous access is expected.",
            "In IIS Manager, enable Anonymous and disable Windows authentication on CertificateRegistrationSvc; restart the server."),
    APP_POOL_EXPIRED_POLICY_CERT("app-pool-stopped-expired-policy-cert",
            "SCEP pool crashes: the policy module's client certificate has expired",
            "The client authentication certificate named by NDESCertThumbprint (MSCEP\\Modules\\NDESPolicy) is past its end date.",
            "Enrol a new client authentication certificate, put its thumbprint in NDESCertThumbprint, restart IIS."),
    GATEWAY_TIMEOUT("gateway-timeout", "The application proxy answers GatewayTimeout (HTTP 504)",
            "The proxy in front of NDES cannot reach its connector: the application proxy connector service is not running.",
            "Start the application proxy connector service on the connector server and set it to start automatically."),
    MISSING_IMPERSONATION_RIGHT("missing-impersonation-right", "IIS_IUSRS lacks the impersonation right (HTTP 500, win32 1346)",
            "mscep.dll answers 500 with error 0x80070542 (ERROR_BAD_IMPERSONATION_LEVEL): the IIS_IUSRS group is not granted "
                    + "\"Impersonate a client after authentication\".",
            "In secpol.msc, User Rights Assignment, add IIS_IUSRS to \"Impersonate a client after authentication\", restart the "
                    + "server and retry."),
    SERVICE_ACCOUNT_LOCKED("service-account-locked", "The NDES service account is locked or its password expired (HTTP 500)",
            "Every request gets 500: the account NDES runs as cannot log on (error 0x80070775 when it is locked out).",
            "Unlock the account or reset its password, update it wherever NDES uses it, then retry."),
    RA_CERTS_EXPIRED("ra-certs-expired", "The NDES RA certificates have expired",
            "GetCACert returns CEP Encryption and Exchange Enrollment Agent (Offline request) certificates past their end date, "
                    + "so NDES cannot decrypt or sign SCEP messages and enrolments fail with 500.",
            "Reinstall the NDES role, or request new CEP Encryption and Exchange Enrollment Agent (Offline request) certificates "
                    + "with the old subjects, give the NDES service account read access to their keys, and run iisreset."),
    RA_CERTS_MISSING("ra-certs-missing", "GetCACert lacks an RA certificate",
            "NDES should publish a signing RA certificate and an encryption RA certificate issued by the CA; without both, "
                    + "Windows and macOS refuse to enrol.",
            "Check the NDES certificates in the computer store (CEP Encryption, Exchange Enrollment Agent (Offline request)) and "
                    + "their templates; reissue them if needed."),
    WRONG_RECIPIENT("wrong-recipient", "Clients encrypt to the wrong certificate; NDES cannot decrypt (Event 18)",
            "The CEP Encryption certificate lacks key encipherment (issued from a changed template), so clients that choose "
                    + "by key usage find no encryption certificate and encrypt to the CA. NDES opens envelopes with the CEP "
                    + "Encryption key only: Event 18 (0x80090005) and a 500 for the enrolment.",
            "Reissue the CEP Encryption certificate from the default CEPEncryption template (key encipherment), then run "
                    + "iisreset."),
    IOS_RA_RESPONSE_INVALID("ios-ra-response-invalid", "iOS refuses the CA: \"The Registration Authority's response is invalid\"",
            "A CA certificate in GetCACert is signed with SHA-1 or RSASSA-PSS, or the top of the chain is an intermediate; iOS "
                    + "stops after GetCACert and never sends GetCACaps.",
            "Renew the CA certificate with a PKCS#1 v1.5 SHA-256 signature and publish the chain up to the real root; "
                    + "deploy that root in the trusted certificate profile; reinstall the NDES RA certificates."),
    IOS_RA_RESPONSE_INVALID_PSS("ios-ra-response-invalid-pss", "iOS refuses the CA: it is signed with RSASSA-PSS",
            "The CA certificate in GetCACert is signed with RSASSA-PSS, which iOS does not accept for the CA.",
            "Renew the CA certificate with a PKCS#1 v1.5 SHA-256 signature, then reinstall the NDES RA certificates."),
    IOS_RA_RESPONSE_INVALID_INTERMEDIATE("ios-ra-response-invalid-intermediate", "iOS refuses the CA: an intermediate is served as the root",
            "The top certificate of GetCACert is issued by a root the answer does not carry.",
            "Publish the chain up to the real root and deploy that root, not the intermediate, in the trusted certificate profile."),
    RA_CHAIN_OLD_CA("ra-chain-old-ca", "The RA certificates chain to the CA's old key (after a CA renewal)",
            "The CA was renewed with a new key, but the CEP Encryption and Exchange Enrollment Agent (Offline request) "
                    + "certificates were issued by the old one: Windows logs CAPI2 event 30 with 0x800B0109, then events 307 and 32.",
            "Reinstall the NDES role (or request new RA certificates from the renewed CA) and the Intune certificate connector, "
                    + "then run iisreset."),
    CONNECTOR_NOT_INSTALLED("connector-not-installed", "The Intune connector's policy module is missing (general NDES page)",
            "Browsing the URL shows the general Network Device Enrollment Service page with 200 instead of 403.0: mscep.dll runs "
                    + "without the Intune policy module, so Intune challenges are refused.",
            "Check SetupMsi.log for a completed installation with status 0; otherwise uninstall and reinstall the connector, then "
                    + "run iisreset."),
    URL_TOO_LONG("url-too-long", "Long SCEP URLs are refused (request filtering limits)",
            "IIS request filtering still has its default limits (query string 2048, URL 4096) or HTTP.sys its 16 KB line limit, so "
                    + "PKIOperation sent by GET, as iOS and Windows send it, is refused (404.15, 404.14 or 414).",
            "In IIS Manager, Request Filtering, set maximum URL length and maximum query string to 65534; set the HTTP.sys DWORDs "
                    + "MaxFieldLength and MaxRequestBytes to 65534; restart the server."),
    CHALLENGE_REJECTED("challenge-rejected", "The enrolment is refused with a SCEP FAILURE",
            "NDES answers every operation but refuses the certificate request: the policy module did not accept the challenge "
                    + "(expired, already used, or not verifiable by the connector).",
            "Read the connector's and CertificateRegistrationSvc's logs for the reason, fix it, and retry with a fresh challenge."),
    CONNECTOR_CHALLENGE_EXPIRED("connector-challenge-expired", "The Intune connector rejected the challenge as expired",
            "Not visible from outside (every connector-side refusal looks the same to a device): when the "
                    + "challenge has expired, NDESPlugin.log says \"Verify challenge returns false\" and the connector's Admin log "
                    + "has event 20501 with code 0x00000411 (CRPSCEPChallenge_Expired).",
            "On the NDES server read NDESPlugin.log and the connector events; for 0x00000411 let the device fetch a fresh "
                    + "challenge (sync it) and check the server's clock."),
    CONNECTOR_CHALLENGE_MISMATCH("connector-challenge-mismatch", "The Intune connector rejected a challenge issued for another request",
            "Not visible from outside: the connector's verification failed in phase 3 (CertificateRegistrationPoint.svclog), "
                    + "event 20501; the request's subject or SANs differ from what the challenge was issued for, or it was used.",
            "Compare the request's subject and SANs with the SCEP profile, stop replays, retry with a fresh challenge."),
    CONNECTOR_INTERMEDIATE_IN_ROOT("connector-intermediate-in-root",
            "The connector's verification call is refused by IIS (403.16): an intermediate CA is in the Trusted Root store",
            "Not visible from outside: the IIS log on NDES shows POST /CertificateRegistrationSvc/Certificate/VerifyRequest "
                    + "403 16 2148204809 and NDESPlugin.log the page \"403 - Forbidden: Access is denied.\".",
            "Move certificates whose issuer differs from their subject out of the computer's Trusted Root store, restart IIS."),
    CONNECTOR_SERVICE_ERROR("connector-service-error", "CertificateRegistrationSvc answers the connector with HTTP 500",
            "Not visible from outside: the IIS log on NDES shows POST /CertificateRegistrationSvc/Certificate/VerifyRequest "
                    + "500 0 0, with event 5009 (exit code 0x0000374) and event 1310 (event code 3007).",
            "Give the CertificateRegistrationSvc pool's account write access to C:\\Windows\\Temp, recycle the pool, retry."),
    CONNECTOR_SIGNING_CERT_MISSING("connector-signing-cert-missing", "The Intune connector cannot retrieve its signing certificate",
            "Not visible from outside: CertificateRegistrationPoint.svclog says \"Signing certificate could not be retrieved\" "
                    + "(m_safeCertContext is an invalid handle) and the connector logs event 20502 with code 0x00000409.",
            "Restart the Intune Connector Service and check HKLM\\SOFTWARE\\Microsoft\\MicrosoftIntune\\NDESConnector\\"
                    + "SigningCertificate; if it stays missing, fix the NDES server's path to the Intune service."),
    CA_UNREACHABLE("ca-unreachable", "NDES cannot reach the CA (RPC server unavailable, 0x800706BA)",
            "NDES answers GetCACaps and GetCACert from what it holds, but refuses every enrolment with NDES error 0x800706BA: "
                    + "its RPC call to the CA fails (CA service stopped, RPC ports blocked, or the service account cannot "
                    + "authenticate to the CA). From outside the probe sees only the refusal: Event 31 on the NDES server says more.",
            "On the NDES server run certutil -ping against the CA, start Active Directory Certificate Services if it is stopped, "
                    + "open TCP 135 and the CA's RPC ports from NDES to the CA, check the service account's Enroll right on the CA."),
    TEMPLATE_NOT_SUPPORTED("template-not-supported", "The CA refused the request: the template is not supported by this CA",
            "NDES reached the CA and the CA denied the request (NDES error 0x80004005). The probe cannot see the CA's reason "
                    + "from outside: look at Event 31 on the NDES server and the request in the CA's Failed Requests. The usual "
                    + "reason is a template in the MSCEP registry values that the CA does not issue (0x80094800).",
            "Read the reason in Event 31 and the CA's Failed Requests. For 0x80094800 put the template name the CA issues "
                    + "(certutil -CATemplates) in SignatureTemplate, EncryptionTemplate and GeneralPurposeTemplate under "
                    + "HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP and run iisreset."),
    CA_DENIED_KEY_TOO_SMALL("ca-denied-key-too-small", "The CA refused the request: the key is smaller than the template's minimum",
            "The CA's failed request carries 0x80094811: the SCEP profile's key size is below the template's minimum.",
            "Raise the key size of the SCEP profile to the template's minimum, or lower that minimum."),
    CA_DENIED_SUBJECT_NAME_INVALID("ca-denied-subject-name-invalid", "The CA refused the request: the subject name is invalid or too long",
            "The CA's failed request carries 0x80094001: the subject name the SCEP profile builds is empty, too long or refused.",
            "Read the subject in the CA's Failed Requests and correct the SCEP profile's subject name format."),
    CA_DENIED_REVOCATION_OFFLINE("ca-denied-revocation-offline", "The CA refused the request: it cannot check revocation",
            "The CA's failed request carries 0x80092013: it cannot fetch the CRL of NDES's enrollment agent certificate.",
            "Run certutil -verify -urlfetch on the enrollment agent certificate from the CA, publish a fresh CRL and make its "
                    + "distribution points reachable."),
    MSCEP_ADMIN_PASSWORD_DECRYPT_FAILED("mscep-admin-password-decrypt-failed",
            "mscep_admin answers 500 after logon: NDES cannot decrypt its EncryptedPassword",
            "Devices enrol, but the admin page fails once the caller has logged on. NDES logs Event 2 (0x8009000b) and Event 49 "
                    + "on the server: the EncryptedPassword registry value cannot be decrypted. The probe sees only the 500.",
            "Delete EncryptedPassword under HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP, restart AD CS or run iisreset, and open "
                    + "mscep_admin again."),
    ADMIN_GATEWAY_ANSWERS_ANONYMOUS("admin-gateway-answers-anonymous", "A gateway in front of mscep_admin answers anonymous requests",
            "An anonymous GET of /certsrv/mscep_admin/ gets 200 where NDES always asks for Windows authentication: a proxy or "
                    + "gateway answers for it (a sign-in or landing page). MDM servers that probe before they log on take that page "
                    + "for the admin page and find no challenge in it.",
            "Publish mscep_admin through the gateway with pass-through (Windows) authentication, or point the MDM server at NDES "
                    + "directly."),
    ADMIN_GATEWAY_CLOSES_AFTER_CHALLENGE("admin-gateway-closes-after-challenge",
            "A gateway in front of mscep_admin closes the connection after each 401",
            "NTLM authenticates the TCP connection: its three messages must travel on one connection. Something in front of "
                    + "mscep_admin closes the connection after the 401, so the handshake can never finish.",
            "Make the gateway or load balancer keep client connections open and sticky to one NDES for mscep_admin (no "
                    + "per-request pooling), or let the MDM server reach NDES directly."),
    ADMIN_GATEWAY_BASIC_ONLY("admin-gateway-basic-only", "A gateway in front of mscep_admin offers Basic authentication only",
            "NDES offers Negotiate and NTLM on mscep_admin; the 401 offers Basic only, so a gateway in front authenticates "
                    + "callers itself. MDM servers that speak NTLM only cannot log on.",
            "Use an MDM server setting that sends Basic credentials over HTTPS through the gateway, or publish mscep_admin with "
                    + "Windows authentication passed through."),
    PENDING_APPROVAL("pending-approval", "The CA holds requests for approval (PENDING)",
            "The template NDES uses requires CA certificate manager approval, so requests wait in Pending Requests.",
            "Clear \"CA certificate manager approval\" on the template's Issuance Requirements, or issue the pending requests."),
    SLOW_NDES("slow-ndes", "NDES answers, but slowly",
            "Every request succeeds after more than a second: an overloaded server, a slow CA or a long network path.",
            "Find where the time goes (IIS time-taken, CA load, proxy); make sure device timeouts allow for it."),
    ENROLMENT_FAILED("enrolment-failed", "The test enrolment failed",
            "The SCEP operations answer but the enrolment did not succeed; the finding shows how.",
            "Follow the enrolment finding: the device outcome names the failing step."),
    UNEXPECTED_ANSWER("unexpected-answer", "mscep.dll answers unexpectedly",
            "An answer matches none of the documented failures; the findings show what came back.",
            "Compare the findings with the IIS and HTTPERR logs on the server.");

    private final String id;
    private final String title;
    private final String cause;
    private final String resolution;

    Cause(String id, String title, String cause, String resolution) {
        this.id = id;
        this.title = title;
        this.cause = cause;
        this.resolution = resolution;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String cause() {
        return cause;
    }

    public String resolution() {
        return resolution;
    }
}
