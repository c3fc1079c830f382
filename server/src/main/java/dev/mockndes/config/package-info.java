/**
 * ServerConfig and the settings records only the assembler reads (NDES, protocol, TLS).
 * Settings a lower layer needs live beside it (enroll, store, pki, ndes.auth).
 */
package dev.mockndes.config;
