package vn.lhh.consultation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.consultation.ConsultationKind;
import vn.lhh.consultation.dto.ConsultationDtos.RulesDto;
import vn.lhh.consultation.ConsultationRepository;

/** The union's rules for using experts, one row edited by the standing office. */
@ApplicationScoped
public class ConsultationRulesService {
    public static final String ENTITY = "consultation-rules";

    @Inject
    ConsultationRepository repo;
    @Inject
    ObjectMapper json;
    @Inject
    AuditLog audit;

    public record Versioned(RulesDto rules, long version) {
    }

    public Versioned get() {
        Object[] row = repo.rulesRow();
        try {
            return new Versioned(json.readValue((String) row[0], RulesDto.class), ((Number) row[1]).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rules are not valid", e);
        }
    }

    @Transactional
    public Versioned update(String ifMatch, RulesDto in) {
        long expected = ETags.requireIfMatch(ifMatch);
        Versioned before = get();
        Map<ConsultationKind, Integer> levels = new EnumMap<>(ConsultationKind.class);
        for (ConsultationKind k : ConsultationKind.values()) {
            Integer level = in.minimumLevel().get(k);
            if (level == null) {
                throw ProblemException.invalidField("minimumLevel." + k.name(), "jakarta.validation.constraints.NotNull.message");
            }
            levels.put(k, level);
        }
        RulesDto rules = new RulesDto(in.maxOpenAssignments(), in.requireFieldMatch(), levels, in.excludeBusyPastDeadline());
        int updated;
        try {
            updated = repo.updateRules(json.writeValueAsString(rules), expected);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (updated == 0) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.detail");
        }
        audit.record(AuditLog.Action.update, ENTITY, 1, before.rules(), rules);
        return new Versioned(rules, expected + 1);
    }
}
