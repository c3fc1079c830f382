/**
 * Windows authentication for mscep_admin: Basic, NTLM and Negotiate, bound to the TCP connection.
 * NTLM crypto (MD4, HMAC-MD5) runs here on Bouncy Castle's lightweight API.
 */
package dev.mockndes.ndes.auth;
