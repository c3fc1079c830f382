/**
 * Netty: listeners, the pipeline, the one place a fault is applied (NettyFaultInjector), TLS and the request journal.
 * The only package that imports Netty.
 */
package dev.mockndes.transport;
