/**
 * The SCEP service (the SCEP operations and nothing else), its CMS codec and the per-messageType handlers.
 * ForcedReplies holds the answers faults force, apart from the service.
 */
package dev.mockndes.scep;
