/**
 * What every scep-harness command shares on its command line: the error type and its formatter, and the check of a SCEP URL.
 */
package dev.mockndes.harness.cli;
