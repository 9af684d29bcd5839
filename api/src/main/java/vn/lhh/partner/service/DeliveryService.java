package vn.lhh.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.partner.DeliveryStatus;
import vn.lhh.partner.Partner;
import vn.lhh.partner.PartnerRepository;
import vn.lhh.partner.WebhookAttempt;
import vn.lhh.partner.WebhookDelivery;
import vn.lhh.partner.dto.PartnerDtos.AttemptDto;
import vn.lhh.partner.dto.PartnerDtos.DeliveryDto;

/** Webhook deliveries as their partner (its own only) and the union's office see them, and redelivery on request. */
@ApplicationScoped
public class DeliveryService {
    public static final String ENTITY = "webhook-delivery";

    @Inject
    PartnerRepository repo;
    @Inject
    PartnerAccess access;
    @Inject
    AuditLog audit;

    public Page<DeliveryDto> ofPartner(UUID partnerId, DeliveryStatus status, PageRequest page) {
        Page<WebhookDelivery> p = repo.deliveries(partnerId, status, page);
        Map<UUID, List<WebhookAttempt>> attempts = repo.attemptsOf(p.items().stream().map(d -> d.id).toList());
        return p.map(d -> dto(d, attempts.getOrDefault(d.id, List.of())));
    }

    public Page<DeliveryDto> mine(DeliveryStatus status, PageRequest page) {
        return ofPartner(access.requireMine().id, status, page);
    }

    /** The office sees every delivery, a partner its own; others are "not found". */
    public WebhookDelivery get(UUID id) {
        WebhookDelivery d = repo.delivery(id);
        if (d == null || !(access.isOffice() || access.mine().map(m -> m.id.equals(d.partnerId)).orElse(false))) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return d;
    }

    public DeliveryDto detail(WebhookDelivery d) {
        return dto(d, repo.attemptsOf(List.of(d.id)).getOrDefault(d.id, List.of()));
    }

    /** Queues the same message again (same webhook-id and body) with a fresh attempt budget. */
    @Transactional
    public DeliveryDto redeliver(UUID id) {
        WebhookDelivery d = get(id);
        // the dispatcher keeps a delivery locked while it sends it (at most the timeout): wait for that attempt to be recorded
        repo.lockForUpdate(d);
        Partner p = repo.findById(d.partnerId);
        if (!p.active || p.webhookUrl == null) {
            throw ProblemException.conflict("problem.conflict.partner-no-webhook");
        }
        DeliveryStatus before = d.status;
        Instant now = Instant.now();
        d.status = DeliveryStatus.pending;
        d.roundAttempts = 0;
        d.nextAttemptAt = now;
        d.redeliveryRequestedBy = access.username();
        d.redeliveryRequestedAt = now;
        d.updatedAt = now;
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, Map.of("status", before), Map.of("status", d.status, "redelivery", true));
        return detail(d);
    }

    static DeliveryDto dto(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new DeliveryDto(d.id, d.partnerId, d.event, d.issueId, String.valueOf(d.feedSeq), d.status, d.attemptCount, d.nextAttemptAt,
                d.lastAttemptAt, d.lastHttpStatus, d.lastError, d.redeliveryRequestedBy, d.redeliveryRequestedAt, d.createdAt,
                attempts.stream().map(a -> new AttemptDto(a.number, a.attemptedAt, a.durationMs, a.httpStatus, a.error)).toList());
    }
}
