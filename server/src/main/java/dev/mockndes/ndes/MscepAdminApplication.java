package dev.mockndes.ndes;

import dev.mockndes.web.IisErrorPage;
import dev.mockndes.ndes.auth.AdminUser;
import dev.mockndes.enroll.ChallengeSettings;
import dev.mockndes.enroll.OneTimePasswords;
import dev.mockndes.ndes.auth.AuthConnection;
import dev.mockndes.ndes.auth.AuthDecision;
import dev.mockndes.ndes.auth.HttpAuthenticator;
import dev.mockndes.web.WebApplication;
import dev.mockndes.web.WebRequest;
import dev.mockndes.web.WebResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * /certsrv/mscep_admin: Windows authentication, then the page with the CA thumbprint and, in OTP
 * mode, a fresh one-time password per visit. The IIS log sequence matches a real server's:
 * anonymous {@code 401 2 5}, NTLM handshake {@code 401 1 2148074254}, wrong credentials
 * {@code 401 1 1326}, authenticated without the trailing slash {@code 301 0 0}, then {@code 200 0 0}.
 * {@code mscep.dll}, the folder's default document, may also be named: {@code /certsrv/mscep_admin/mscep.dll}.
 * {@code ?operation=NDESGenerateChallenge} and {@code NDESGetCACertThumbprint} are the policy-module
 * operations ({@link PolicyModuleOperations}).
 */
public final class MscepAdminApplication implements WebApplication {
    /** 0x8009030E, what IIS logs for the NTLM challenge step of the handshake. */
    private static final long SEC_E_NO_CREDENTIALS = 2148074254L;
    private static final long ERROR_ACCESS_DENIED = 5;
    private static final long ERROR_LOGON_FAILURE = 1326;

    private static final String AUTH_STATE = "mscep_admin.auth";

    private final HttpAuthenticator authentication;
    private final Map<String, AdminUser> users;
    private final ChallengeSettings challenge;
    private final OneTimePasswords passwords;
    private final NdesPages pages;
    private final Supplier<String> md5Thumbprint;
    private final PolicyModuleOperations operations;

    public MscepAdminApplication(HttpAuthenticator authentication, List<AdminUser> users, ChallengeSettings challenge,
                                 OneTimePasswords passwords, NdesPages pages, Supplier<String> md5Thumbprint) {
        this.authentication = authentication;
        this.users = users.stream().collect(java.util.stream.Collectors.toMap(u -> u.name().toLowerCase(Locale.ROOT), u -> u,
                (a, b) -> a));
        this.challenge = challenge;
        this.passwords = passwords;
        this.pages = pages;
        this.md5Thumbprint = md5Thumbprint;
        this.operations = new PolicyModuleOperations(challenge, passwords, pages, md5Thumbprint);
    }

    @Override
    public CompletionStage<WebResponse> handle(WebRequest request) {
        return CompletableFuture.completedFuture(answer(request));
    }

    private WebResponse answer(WebRequest request) {
        AuthConnection state = request.connection().get(AUTH_STATE);
        if (state == null) {
            state = new AuthConnection();
            request.connection().put(AUTH_STATE, state);
        }
        AuthDecision decision = authentication.authenticate(request.header("authorization").orElse(null), state);
        if (decision instanceof AuthDecision.Challenge c) {
            return unauthorized(c.wwwAuthenticate(), c.handshake() ? 1 : 2, c.handshake() ? SEC_E_NO_CREDENTIALS : ERROR_ACCESS_DENIED);
        }
        if (decision instanceof AuthDecision.Refused r) {
            return unauthorized(r.wwwAuthenticate(), 1, ERROR_LOGON_FAILURE);
        }
        String user = ((AuthDecision.Authenticated) decision).user();
        if (!request.path().endsWith("/") && !request.path().toLowerCase(Locale.ROOT).endsWith("/mscep.dll")) {
            return new WebResponse(301, 0, 0, "text/html", List.of(Map.entry("Location", request.path() + "/")),
                    movedPage(request.path() + "/"), false, user);
        }
        return page(user, request).asUser(user);
    }

    private WebResponse page(String user, WebRequest request) {
        String bareName = user.contains("\\") ? user.substring(user.indexOf('\\') + 1) : user;
        AdminUser account = users.get(bareName.toLowerCase(Locale.ROOT));
        if (account == null || !account.mayEnroll()) {
            return pages.insufficientPermission();
        }
        Optional<WebResponse> operation = operations.answer(request);
        if (operation.isPresent()) {
            return operation.get();
        }
        return switch (challenge.mode()) {
            case OTP -> passwords.mint().map(p -> pages.password(md5Thumbprint.get(), p, challenge.lifetime()))
                    .orElseGet(() -> pages.cacheFull(challenge.cacheSize(), challenge.lifetime()));
            case STATIC -> pages.singlePassword(md5Thumbprint.get(), challenge.secret().orElseThrow());
            case NONE, INTUNE -> pages.thumbprintOnly(md5Thumbprint.get());
        };
    }

    private static WebResponse unauthorized(List<String> challenges, int substatus, long win32) {
        WebResponse response = WebResponse.page(IisErrorPage.UNAUTHORIZED).withLogStatus(substatus, win32);
        for (String value : challenges) {
            response = response.withHeader("WWW-Authenticate", value);
        }
        return response;
    }

    private static byte[] movedPage(String location) {
        return ("<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1>This document may be found "
                + "<a HREF=\"" + location + "\">here</a></body>").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
