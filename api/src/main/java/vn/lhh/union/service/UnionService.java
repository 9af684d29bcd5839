package vn.lhh.union.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.union.UnionProfile;
import vn.lhh.union.UnionProfileRepository;
import vn.lhh.union.dto.UnionProfileDto;

/**
 * The union's identity. Name, province and contacts come from configuration (an instance serves one union, set at
 * deployment); the logo is uploaded by an admin and stored in the file store like every other image. Access to
 * the writes is by role alone (admin), declared on the resource: there is one union, no object to own.
 */
@ApplicationScoped
public class UnionService {
    public static final String LOGO_OWNER = "union-logo";
    public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;
    static final String ENTITY = "union-profile";
    /** The file store keys files by an owner id; the union is one, so its id is fixed. */
    static final UUID OWNER_ID = new UUID(0, UnionProfile.ID);

    @Inject
    UnionProfileRepository repo;
    @Inject
    FileStore files;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;
    @Inject
    CurrentUser user;

    @ConfigProperty(name = "lhh.union.name")
    String name;
    @ConfigProperty(name = "lhh.union.place")
    String place;
    @ConfigProperty(name = "lhh.union.address")
    Optional<String> address;
    @ConfigProperty(name = "lhh.union.phone")
    Optional<String> phone;
    @ConfigProperty(name = "lhh.union.email")
    Optional<String> email;
    @ConfigProperty(name = "lhh.union.website")
    Optional<String> website;

    public UnionProfileDto profile() {
        return toDto(repo.current());
    }

    @Transactional
    public UnionProfileDto putLogo(String ifMatch, String fileName, byte[] body) {
        Uploads.Checked file = Uploads.check(fileName, body, MAX_LOGO_BYTES, Set.of(Uploads.PNG, Uploads.JPEG),
                "problem.unsupported-media-type.image");
        UnionProfile p = repo.current();
        return changes.replaceFile(ENTITY, OWNER_ID, p, p.version, ifMatch, UnionService::snapshot, changed -> {
            UUID old = p.logoFileId;
            p.logoFileId = files.store(LOGO_OWNER, OWNER_ID, file, user.username()).id();
            p.updatedAt = Instant.now();
            return old;
        }, this::toDto);
    }

    @Transactional
    public UnionProfileDto deleteLogo(String ifMatch) {
        UnionProfile p = repo.current();
        return changes.replaceFile(ENTITY, OWNER_ID, p, p.version, ifMatch, UnionService::snapshot, changed -> {
            if (p.logoFileId == null) {
                throw ProblemException.notFound("union-logo", "logo");
            }
            UUID old = p.logoFileId;
            p.logoFileId = null;
            p.updatedAt = Instant.now();
            return old;
        }, this::toDto);
    }

    /** The logo for anyone (it is on every public page). */
    public StoredFile logo() {
        UnionProfile p = repo.current();
        return Optional.ofNullable(p.logoFileId).flatMap(files::find)
                .orElseThrow(() -> ProblemException.notFound("union-logo", "logo"));
    }

    private UnionProfileDto toDto(UnionProfile p) {
        return new UnionProfileDto(name, place, address.orElse(null), phone.orElse(null), email.orElse(null),
                website.orElse(null), p.logoFileId == null ? null : "/api/v1/union/logo", p.version);
    }

    private static Map<String, Object> snapshot(UnionProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("logoFileId", p.logoFileId == null ? null : p.logoFileId.toString());
        return m;
    }
}
