/**
 * The Intune certificate connector's side of NDES in {@code intune} challenge mode: the policy
 * module (NDES plugin) that asks the certificate registration point (CertificateRegistrationSvc)
 * to verify each request's challenge, and reports issued certificates. It writes what a real one
 * leaves behind: the plugin's calls in the IIS log, NDESPlugin.log, CertificateRegistrationPoint.svclog
 * and the connector's events.
 */
package dev.mockndes.ndes.connector;
