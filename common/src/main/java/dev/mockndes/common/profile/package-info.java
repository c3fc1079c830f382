/**
 * The recorded look of an NDES (a profile): what {@code scep-harness record} reads from a real server
 * and {@code mock-ndes serve --profile} replays. Only the format lives here, with its strict reader
 * and writer and the field-by-field comparison of two profiles; recording is the harness's, replaying
 * the server's, so neither depends on the other.
 */
package dev.mockndes.common.profile;
