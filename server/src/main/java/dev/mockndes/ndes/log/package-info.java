/**
 * The logs a troubleshooter reads on a real NDES server: the IIS W3C site log, the HTTP.sys
 * HTTPERR log, the Windows event log (as JSON lines), and the Intune connector's NDESPlugin.log and
 * CertificateRegistrationPoint.svclog.
 *
 * <pre>
 *  network thread                               writer thread (one, daemon)
 *  ──────────────                               ───────────────────────────
 *  TextLog.write(entry)
 *    ├─ format → one line
 *    ├─ RecentLines.add (last N, for the API)
 *    └─ LineSink.offer ──► bounded queue ──►   take + drain a batch
 *         never blocks;                          FileAppender: per file, header if empty,
 *         full → dropped++                       append, close (= flush);
 *                                                then rest 2 ms, so batches gather
 * </pre>
 *
 * {@link dev.mockndes.ndes.log.NdesLogs} opens them all over one shared sink.
 */
package dev.mockndes.ndes.log;
