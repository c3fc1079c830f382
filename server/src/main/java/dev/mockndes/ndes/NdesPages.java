package dev.mockndes.ndes;

import dev.mockndes.web.IisErrorPage;
import dev.mockndes.web.WebResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The HTML pages NDES serves. Sentences that MDM servers scrape (the thumbprint and challenge
 * password lines, the cache-full and insufficient-permission sentences) are reproduced exactly,
 * inside NDES's page frame; the rest of the wording is ours.
 *
 * <p>The admin pages are sent in {@code adminCharset} (NDES: UTF-16LE, no BOM) with a bare
 * {@code text/html} Content-Type, while the markup claims UTF-8, exactly the mismatch scrapers
 * have to cope with on a real server.
 */
public final class NdesPages {
    private static final String FRAME_START = "<HTML><Head><Meta HTTP-Equiv=\"Content-Type\" Content=\"text/html; charset=UTF-8\">"
            + "<Title>Network Device Enrollment Service</Title></Head><Body BgColor=#FFFFFF><Font ID=locPageFont Face=\"Arial\">"
            + "<Table Border=0 CellSpacing=0 CellPadding=4 Width=100% BgColor=#008080><TR><TD>"
            + "<Font ID=locPageTitleFont Face=\"Arial\" Size=-1 Color=#FFFFFF><LocID ID=locMSCertSrv>"
            + "Network Device Enrollment Service</LocID></Font></TD></TR></Table>"
            + "<P ID=locPageTitle> This service issues certificates to routers and other network devices that speak the "
            + "Simple Certificate Enrollment Protocol (SCEP). </P>";
    private static final String FRAME_END = " <P ID=locPageDesc> This is mock-ndes, a test double of NDES. </P></Font></Body></HTML>";

    private final boolean connectorInstalled;
    private final Charset adminCharset;

    public NdesPages(boolean connectorInstalled, Charset adminCharset) {
        this.connectorInstalled = connectorInstalled;
        this.adminCharset = adminCharset;
    }

    /**
     * What a browser gets from mscep.dll without an operation: with the Intune connector's policy
     * module installed, IIS's 403.0 page (the documented sign of a healthy NDES); without it, the
     * general NDES page with 200.
     */
    public WebResponse browse() {
        return connectorInstalled ? WebResponse.page(IisErrorPage.FORBIDDEN) : generalPage();
    }

    /** The general NDES page a browser gets from mscep.dll when no policy module intercepts it: 200, not 403. */
    public static WebResponse generalPage() {
        String page = FRAME_START + "<P> Devices send their certificate requests to this URL. Administrators obtain "
                + "enrollment challenge passwords from the admin URL, by default http://&lt;server&gt;/CertSrv/mscep_admin. </P>"
                + FRAME_END;
        return WebResponse.ok("text/html", page.getBytes(StandardCharsets.UTF_8));
    }

    /** @param md5Thumbprint 32 hex digits, shown in groups of eight as NDES does */
    public WebResponse password(String md5Thumbprint, String password, Duration lifetime) {
        return admin("<P> To enroll a network device you need the following: <P> The thumbprint (hash value) for the CA "
                + "certificate is: <B> " + grouped(md5Thumbprint) + " </B> <P> The enrollment challenge password is: <B> "
                + password + " </B> <P> This password can be used only once and will expire within " + lifetime.toMinutes()
                + " minutes. <P> Every enrollment needs a new password: reload this page to get another one. </P>");
    }

    /** Single-password mode (UseSinglePassword): the one password, which NDES says can be reused and never expires. */
    public WebResponse singlePassword(String md5Thumbprint, String password) {
        return admin("<P> To enroll a network device you need the following: <P> The thumbprint (hash value) for the CA "
                + "certificate is: <B> " + grouped(md5Thumbprint) + " </B> <P> The enrollment challenge password is: <B> "
                + password + " </B> <P> This password can be used multiple times and will not expire. </P>");
    }

    /** The admin page when no challenge password is needed (modes none and intune). */
    public WebResponse thumbprintOnly(String md5Thumbprint) {
        return admin("<P> The thumbprint (hash value) for the CA certificate is: <B> " + grouped(md5Thumbprint)
                + " </B> <P> This server does not hand out challenge passwords here. </P>");
    }

    public WebResponse cacheFull(int cacheSize, Duration lifetime) {
        return admin("<P> The password cache is full. <P> Unused passwords are kept until they expire; by default, passwords "
                + "are stored for " + lifetime.toMinutes() + " minutes.<P>Use a password you already have, or: <UL> "
                + "<LI> wait for an existing password to expire, </LI> <LI> restart Internet Information Services (IIS), </LI> "
                + "<LI> or let the service cache more than " + cacheSize + " passwords. </LI> </UL> </P>");
    }

    public WebResponse insufficientPermission() {
        return admin("<P> You do not have sufficient permission to enroll with SCEP.  Please contact your system administrator. </P>");
    }

    private WebResponse admin(String body) {
        return WebResponse.ok("text/html", (FRAME_START + body + FRAME_END).getBytes(adminCharset));
    }

    static String grouped(String hex) {
        List<String> groups = new java.util.ArrayList<>();
        for (int i = 0; i < hex.length(); i += 8) {
            groups.add(hex.substring(i, Math.min(hex.length(), i + 8)));
        }
        return String.join(" ", groups);
    }
}
