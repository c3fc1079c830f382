/**
 * The picocli command line: serve, scenario, pending, certificates, ca, health, completion.
 * The only package that imports picocli; it builds one ServerConfig and starts MockNdes.
 */
package dev.mockndes.cli;
