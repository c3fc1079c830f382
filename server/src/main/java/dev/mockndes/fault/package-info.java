/**
 * Faults as values, rules with their cross-cutting knobs, and the per-request decision (FaultPlan).
 * A fault acts only through FaultInjector; the transport implements it, nothing here touches a socket.
 */
package dev.mockndes.fault;
