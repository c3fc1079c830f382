/**
 * {@code scep-harness matrix}: every scenario of a running mock-ndes against every device profile, switched through its admin API.
 */
package dev.mockndes.harness.matrix;
