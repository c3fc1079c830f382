/**
 * The running server: {@link dev.mockndes.MockNdes} assembles every layer from one ServerConfig.
 * The application layer; nothing below imports it.
 */
package dev.mockndes;
