package vn.lhh.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.text.SearchText;
import vn.lhh.consultation.Assignment;
import vn.lhh.consultation.Consultation;
import vn.lhh.consultation.ConsultationRepository;
import vn.lhh.consultation.ConsultationStatus;
import vn.lhh.consultation.SuggestionWarning;
import vn.lhh.consultation.dto.ConsultationDtos.RulesDto;
import vn.lhh.consultation.dto.ConsultationDtos.SuggestionDto;
import vn.lhh.expert.Availability;
import vn.lhh.expert.service.ExpertService;
import vn.lhh.expert.dto.ExpertCandidate;

/**
 * Eligible experts for a consultation, ranked. Eligibility follows the union's rules (level for
 * the kind, a shared field, not busy past the deadline, load under the maximum); experts already
 * on the consultation, including those who declared a conflict, are left out. Score out of 100:
 * shared fields 50, level 20, availability 15, free capacity 15; ties by name, then id.
 */
@ApplicationScoped
public class SuggestionService {
    @Inject
    ConsultationService consultations;
    @Inject
    ConsultationRulesService rules;
    @Inject
    ConsultationRepository repo;
    @Inject
    ExpertService experts;

    public List<SuggestionDto> suggest(UUID consultationId, int limit) {
        Consultation c = consultations.get(consultationId);
        if (!ConsultationStatus.OPEN.contains(c.status)) {
            return List.of();
        }
        RulesDto r = rules.get().rules();
        List<UUID> already = repo.assignmentsOf(c.id).stream().map((Assignment a) -> a.expertId).toList();
        List<String> fields = c.fieldCodes.stream().sorted().toList();
        int minLevel = r.minimumLevel().getOrDefault(c.kind, 0);
        // more than asked, since the load rule can still leave some out
        List<ExpertCandidate> candidates = experts.candidates(fields, r.requireFieldMatch(), minLevel,
                r.excludeBusyPastDeadline() ? c.deadline : null, already, Math.min(limit * 5, 1000));
        Map<UUID, Long> load = repo.openLoad(candidates.stream().map(ExpertCandidate::id).toList());
        String requester = SearchText.normalize(c.requestingBody);
        List<SuggestionDto> out = new ArrayList<>();
        for (ExpertCandidate e : candidates) {
            long open = load.getOrDefault(e.id(), 0L);
            if (open >= r.maxOpenAssignments()) {
                continue;
            }
            Map<String, Double> breakdown = new LinkedHashMap<>();
            breakdown.put("field", round(fields.isEmpty() ? 50 : 50.0 * e.sharedFields() / fields.size()));
            breakdown.put("qualification", round(20.0 * Math.min(e.level(), 90) / 90));
            breakdown.put("availability", e.availability() == Availability.available ? 15.0 : 5.0);
            breakdown.put("load", round(15.0 * (r.maxOpenAssignments() - open) / r.maxOpenAssignments()));
            double score = round(breakdown.values().stream().mapToDouble(Double::doubleValue).sum());
            List<SuggestionWarning> warnings = new ArrayList<>();
            if (e.organisationKey() != null && !e.organisationKey().isEmpty() && !requester.isEmpty()
                    && (e.organisationKey().contains(requester) || requester.contains(e.organisationKey()))) {
                warnings.add(SuggestionWarning.same_organisation_as_requester);
            }
            if (e.availability() == Availability.busy) {
                warnings.add(SuggestionWarning.busy);
            }
            out.add(new SuggestionDto(e.id(), e.displayName(), e.fieldCodes(),
                    e.organisation(), e.availability(), open, score, breakdown, warnings, e.busyUntil()));
        }
        return out.stream()
                .sorted(Comparator.comparingDouble(SuggestionDto::score).reversed()
                        .thenComparing(s -> SearchText.normalize(s.displayName())).thenComparing(SuggestionDto::expertId))
                .limit(limit).toList();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
