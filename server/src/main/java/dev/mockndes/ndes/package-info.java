/**
 * The IIS site: mscep.dll, mscep_admin, the CRL folder, NDES pages and events, and the port for forced SCEP answers.
 * It adapts WebRequest to the ScepService below; it never sees a fault.
 */
package dev.mockndes.ndes;
