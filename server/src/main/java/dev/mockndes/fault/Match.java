package dev.mockndes.fault;

import java.util.List;

/**
 * Which requests a rule applies to; every given condition must hold, absent ones always hold.
 *
 * @param operation      SCEP operations, e.g. [PKIOperation] (case-insensitive); "none" matches a request without one
 * @param method         HTTP methods, e.g. [GET]
 * @param path           exact path, case-insensitive, e.g. /certsrv/mscep/mscep.dll/pkiclient.exe
 * @param userAgent      a regular expression found in the User-Agent
 * @param device         a {@link UserAgentFamily} (android, ios, macos, windows), recognised from the User-Agent
 * @param host           the Host header must equal this (case-insensitive, port ignored)
 * @param notHost        the Host header must differ from this: a wrong external URL at the proxy
 * @param minUrlLength   the path plus query is at least this long
 * @param minQueryLength the query string is at least this long
 * @param messageType    SCEP message types of a PKIOperation, e.g. [PKCSReq] (PKCSReq, RenewalReq, CertPoll or
 *                       GetCertInitial, GetCert, GetCRL); read from the message without decrypting it
 */
public record Match(List<String> operation, List<String> method, String path, String userAgent, String device, String host,
                    String notHost, Integer minUrlLength, Integer minQueryLength, List<String> messageType) {
}
