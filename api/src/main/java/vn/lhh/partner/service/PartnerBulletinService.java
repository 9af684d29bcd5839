package vn.lhh.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.partner.Partner;
import vn.lhh.partner.PartnerBulletin;
import vn.lhh.partner.PartnerRepository;
import vn.lhh.partner.dto.PartnerDtos.PartnerBulletinDto;
import vn.lhh.partner.dto.PartnerDtos.PartnerRef;

/** Bulletins pulled from partners: published material, public. */
@ApplicationScoped
public class PartnerBulletinService {
    @Inject
    PartnerRepository repo;

    public Page<PartnerBulletinDto> list(PartnerRepository.BulletinFilter filter, PageRequest page) {
        Page<PartnerBulletin> p = repo.bulletins(filter, page);
        Map<UUID, Partner> partners = repo.byIds(p.items().stream().map(b -> b.partnerId).distinct().toList());
        return p.map(b -> dto(b, partners.get(b.partnerId)));
    }

    public PartnerBulletinDto get(UUID id) {
        PartnerBulletin b = repo.findRow(PartnerBulletin.class, id);
        if (b == null) {
            throw ProblemException.notFound("partner-bulletin", id);
        }
        return dto(b, repo.findById(b.partnerId));
    }

    static PartnerBulletinDto dto(PartnerBulletin b, Partner p) {
        return new PartnerBulletinDto(b.id, new PartnerRef(p.id, p.name, p.province), b.remoteId, b.volume, b.number, b.issueMonth, b.title,
                b.summary, b.status, b.publishedAt, b.withdrawnAt, b.withdrawReason, b.issueUrl, b.pdfUrl, b.pdfSizeBytes, b.coverUrl,
                List.copyOf(b.articles), b.remoteChangedAt, b.updatedAt);
    }
}
