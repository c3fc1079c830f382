/**
 * The SCEP wire vocabulary as enums and constants carrying their wire strings (operations, messageTypes, failInfo, caps, OIDs).
 * Shared by every layer; it imports nothing of the project.
 */
package dev.mockndes.protocol;
