/**
 * The words the server and the client harness share without depending on each other: the duration
 * grammar, the outcome words of a scenario's expect:, and the port through which a harness names its profiles.
 */
package dev.mockndes.common;
