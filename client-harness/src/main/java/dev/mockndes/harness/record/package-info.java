/**
 * {@code scep-harness record}: reads an NDES from outside, as a client sees it, into a profile file
 * ({@link dev.mockndes.common.profile.NdesProfile}) that {@code mock-ndes serve --profile} replays.
 */
package dev.mockndes.harness.record;
