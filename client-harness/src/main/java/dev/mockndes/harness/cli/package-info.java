/**
 * What every scep-harness command shares on its command line: the error type and its formatter, the check of a SCEP URL,
 * and the shell completion script.
 */
package dev.mockndes.harness.cli;
