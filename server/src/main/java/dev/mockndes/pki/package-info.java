/**
 * Keys and certificates: the CA, the RA signing and encryption certificates, serials, thumbprints, TLS.
 * The bottom of the crypto stack; it knows nothing of stores, SCEP messages or HTTP.
 */
package dev.mockndes.pki;
