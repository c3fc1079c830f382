/**
 * Where state lives: issued certificates, revocations, pending requests, the PKI and the data folder's journals.
 * Memory or --data-dir; crash-safe record logs with group commit.
 */
package dev.mockndes.store;
