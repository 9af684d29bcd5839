package vn.lhh.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.text.SearchText;
import vn.lhh.partner.Partner;
import vn.lhh.partner.PartnerPullState;
import vn.lhh.partner.PartnerRepository;
import vn.lhh.partner.WebhookEvent;
import vn.lhh.partner.dto.PartnerDtos.Contact;
import vn.lhh.partner.dto.PartnerDtos.PartnerDto;
import vn.lhh.partner.dto.PartnerDtos.PartnerInput;
import vn.lhh.partner.dto.PartnerDtos.PullDto;
import vn.lhh.partner.dto.PartnerDtos.PullInput;
import vn.lhh.partner.dto.PartnerDtos.SecretDto;
import vn.lhh.partner.dto.PartnerDtos.WebhookDto;

/** The partner registry: written by the standing office (admin), read by staff; a partner reads its own record. */
@ApplicationScoped
public class PartnerService {
    public static final String ENTITY = "partner";

    @Inject
    PartnerRepository repo;
    @Inject
    PartnerAccess access;
    @Inject
    Outbound outbound;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public Page<PartnerDto> list(PartnerRepository.Filter filter, PageRequest page) {
        return repo.list(filter, page).map(p -> dto(p, true, null));
    }

    public Partner get(UUID id) {
        return ProblemException.requireFound(repo.findById(id), ENTITY, id);
    }

    public PartnerDto detail(Partner p) {
        return dto(p, access.isOffice(), null);
    }

    public PartnerDto mine() {
        return dto(access.requireMine(), false, null);
    }

    /** The pull settings only for the office: they are the union's own configuration. Secrets never. */
    static PartnerDto dto(Partner p, boolean office, String newSecret) {
        Contact contact = p.contactPerson == null && p.contactEmail == null && p.contactPhone == null ? null
                : new Contact(p.contactPerson, p.contactEmail, p.contactPhone);
        List<WebhookEvent> events = Arrays.stream(p.webhookEvents).map(WebhookEvent::valueOf).sorted().toList();
        PullDto pull = office && p.pulls() ? new PullDto(p.pullBaseUrl, p.pullTokenUrl, p.pullClientId, p.pullScheduled,
                p.pullNotificationSecret != null, "/api/v1/partners/" + p.id + "/notifications") : null;
        return new PartnerDto(p.id, p.name, p.province, contact, p.clientId, p.active, new WebhookDto(p.webhookUrl, events, p.webhookSecretRotatedAt),
                pull, newSecret, p.createdAt, p.updatedAt, p.version);
    }

    @Transactional
    public PartnerDto create(PartnerInput in) {
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        apply(p, in);
        p.webhookSecret = WebhookSignature.newSecret();
        p.createdBy = access.username();
        p.createdAt = p.updatedAt = p.webhookSecretRotatedAt = Instant.now();
        return changes.create(ENTITY, p.id, p, PartnerService::snapshot, created -> dto(created, true, created.webhookSecret));
    }

    @Transactional
    public PartnerDto update(UUID id, String ifMatch, PartnerInput in) {
        Partner p = get(id);
        ETags.check(ifMatch, p.version);
        var before = snapshot(p);
        String oldBase = p.pullBaseUrl;
        apply(p, in);
        if (!Objects.equals(oldBase, p.pullBaseUrl)) {
            // a cursor belongs to the feed it was read from
            PartnerPullState state = repo.findRow(PartnerPullState.class, id);
            if (state != null) {
                repo.removeRow(state);
            }
        }
        p.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, before, snapshot(p));
        return dto(p, true, null);
    }

    /** Its deliveries, pull state and pulled bulletins go with it. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Partner p = get(id);
        changes.delete(ENTITY, id, p, p.version, ifMatch, PartnerService::snapshot);
    }

    @Transactional
    public SecretDto rotateSecret(UUID id) {
        Partner p = get(id);
        p.webhookSecret = WebhookSignature.newSecret();
        p.webhookSecretRotatedAt = p.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, null, Map.of("webhookSecret", "rotated"));
        return new SecretDto(p.webhookSecret, p.webhookSecretRotatedAt);
    }

    private void apply(Partner p, PartnerInput in) {
        p.name = SearchText.clean(in.name());
        p.province = SearchText.clean(in.province());
        Contact c = in.contact();
        p.contactPerson = c == null ? null : SearchText.cleanOptional(c.person());
        p.contactEmail = c == null ? null : SearchText.cleanOptional(c.email());
        p.contactPhone = c == null ? null : SearchText.cleanOptional(c.phone());
        p.clientId = in.clientId() == null || in.clientId().isBlank() ? null : in.clientId().trim();
        if (p.clientId != null && repo.count("clientId = ?1 and id <> ?2", p.clientId, p.id) > 0) {
            throw ProblemException.conflict("problem.conflict.partner-client", p.clientId);
        }
        p.active = in.active() == null || in.active();
        if (in.webhook() == null) {
            p.webhookUrl = null;
            p.webhookEvents = new String[0];
        } else {
            p.webhookUrl = outbound.checkInput("webhook.url", in.webhook().url());
            p.webhookEvents = in.webhook().events().stream().map(Enum::name).sorted().toArray(String[]::new);
        }
        applyPull(p, in.pull());
        p.searchKey = SearchText.normalize(String.join(" ", p.name, p.province, Objects.toString(p.contactPerson, ""),
                Objects.toString(p.clientId, "")));
    }

    private void applyPull(Partner p, PullInput in) {
        if (in == null) {
            p.pullBaseUrl = p.pullTokenUrl = p.pullClientId = p.pullClientSecret = p.pullNotificationSecret = null;
            p.pullScheduled = false;
            return;
        }
        String secret = in.clientSecret() == null || in.clientSecret().isBlank() ? p.pullClientSecret : in.clientSecret();
        if (secret == null) {
            throw ProblemException.invalidField("pull.clientSecret", "validation.client-secret-required");
        }
        p.pullBaseUrl = outbound.checkInput("pull.baseUrl", in.baseUrl()).replaceAll("/+$", "");
        p.pullTokenUrl = outbound.checkInput("pull.tokenUrl", in.tokenUrl());
        p.pullClientId = in.clientId().trim();
        p.pullClientSecret = secret;
        p.pullScheduled = in.scheduled() == null || in.scheduled();
        if (in.notificationSecret() != null) {
            String n = in.notificationSecret().trim();
            if (!n.isEmpty() && !WebhookSignature.isSecret(n)) {
                throw ProblemException.invalidField("pull.notificationSecret", "validation.webhook-secret");
            }
            p.pullNotificationSecret = n.isEmpty() ? null : n;
        }
    }

    /** What the audit log keeps: never a secret. */
    static Map<String, Object> snapshot(Partner p) {
        return Snapshots.of(p, "name", "province", "clientId", "active", "webhookUrl", "webhookEvents", "pullBaseUrl", "pullClientId");
    }
}
