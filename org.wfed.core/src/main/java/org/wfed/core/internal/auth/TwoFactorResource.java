package org.wfed.core.internal.auth;

import java.time.Instant;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code /api/auth/2fa}: the signed-in user sets up her second factor (a TOTP authenticator app),
 * renews her recovery codes, or turns the second factor off where it is not required. A session that
 * must enrol may call {@code status}, {@code start} and {@code confirm} and nothing else.
 */
@Component(service = TwoFactorResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("auth/2fa")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TwoFactorResource {

    /** A code from the authenticator app (or, to turn the factor off, a recovery code). */
    public record CodeInput(String code) {
        public CodeInput {
            new Validation().text("code", code, 20, true).check();
        }
    }

    /** The recovery codes, shown once: each opens one sign-in without the phone. */
    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    /** Whether the user has a second factor, must have one, and how many recovery codes are left. */
    public record Status(boolean enabled, boolean required, int recoveryCodesLeft) {
    }

    private final AccessControl access;
    private final AuthService auth;
    private final AuditLog audit;

    @Activate
    public TwoFactorResource(@Reference AccessControl access, @Reference AuthService auth, @Reference AuditLog audit) {
        this.access = access;
        this.auth = auth;
        this.audit = audit;
    }

    @GET
    public Status status(@Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        TwoFactor tf = auth.twoFactor();
        return auth.db().read(c -> new Status(tf.enabled(c, caller.userId()), tf.required(caller.roles(), caller.permissions()),
                tf.recoveryCodesLeft(c, caller.userId())));
    }

    /** A new secret for the authenticator app; it counts only once {@link #confirm} sees its first code. */
    @POST
    @Path("start")
    public TwoFactor.Enrolment start(@Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        TwoFactor.Enrolment e = auth.twoFactor().start(caller.userId(), caller.username());
        audit.ok(caller, "auth.2fa.start", "user", caller.userId(), null);
        return e;
    }

    @POST
    @Path("confirm")
    public RecoveryCodes confirm(CodeInput in, @CookieParam(AuthFilter.COOKIE) String session, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = access.caller(sc);
        List<String> codes = auth.db().write(c -> {
            List<String> out = auth.twoFactor().confirm(c, caller.userId(), in.code(), Instant.now());
            audit.ok(c, caller, "auth.2fa.enable", "user", caller.userId(), null);
            if (session != null) {
                auth.enrolled(c, session);
            }
            return out;
        });
        return new RecoveryCodes(codes);
    }

    @POST
    @Path("recovery-codes")
    public RecoveryCodes renew(CodeInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = access.caller(sc);
        return new RecoveryCodes(auth.db().write(c -> {
            List<String> out = auth.twoFactor().renewRecoveryCodes(c, caller.userId(), in.code(), Instant.now());
            audit.ok(c, caller, "auth.2fa.recovery-codes", "user", caller.userId(), null);
            return out;
        }));
    }

    /** Turns the second factor off, with a current code; refused where the user must have one. */
    @POST
    @Path("off")
    public Status off(CodeInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = access.caller(sc);
        if (auth.twoFactor().required(caller.roles(), caller.permissions())) {
            throw WfedException.conflict("TWO_FACTOR_REQUIRED", "您的账户必须使用双因素认证，不能关闭", "Your account must keep two factors");
        }
        auth.db().write(c -> {
            if (!auth.twoFactor().verify(c, caller.userId(), in.code(), Instant.now())) {
                throw TwoFactor.badCode();
            }
            auth.twoFactor().reset(c, caller.userId());
            audit.ok(c, caller, "auth.2fa.disable", "user", caller.userId(), null);
            return null;
        });
        return status(sc);
    }
}
