package vn.lhh.partner.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.partner.Partner;
import vn.lhh.partner.PartnerRepository;

/** The office manages partners; a partner's machine token (its client, claim azp) reaches its own record and deliveries only. */
@RequestScoped
public class PartnerAccess {
    @Inject
    CurrentUser user;
    @Inject
    SecurityIdentity identity;
    @Inject
    PartnerRepository repo;

    private Optional<Partner> mine;

    public boolean isOffice() {
        return user.isStaffOrAdmin();
    }

    /** The OAuth client the caller's token was issued to. */
    public Optional<String> clientId() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return Optional.ofNullable(jwt.<String>getClaim("azp"));
        }
        return Optional.empty();
    }

    /** The partner record of the calling partner client, if registered. */
    public Optional<Partner> mine() {
        if (mine == null) {
            mine = clientId().flatMap(repo::byClientId);
        }
        return mine;
    }

    public Partner requireMine() {
        return mine().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.partner-client", clientId().orElse("?")));
    }

    public String username() {
        return user.username();
    }
}
