package vn.lhh.expert.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.text.SearchText;
import vn.lhh.expert.Expert;
import vn.lhh.expert.ExpertRepository;
import vn.lhh.expert.ExpertiseField;
import vn.lhh.expert.Qualification;
import vn.lhh.expert.mapping.ExpertMapper;
import vn.lhh.expert.dto.ExpertDtos.FieldDto;
import vn.lhh.expert.dto.ExpertDtos.FieldInput;
import vn.lhh.expert.dto.ExpertDtos.QualificationDto;
import vn.lhh.expert.dto.ExpertDtos.Vocabulary;

/** The managed vocabularies: fields of expertise (edited by the office) and titles and degrees (data). */
@ApplicationScoped
public class ExpertVocabularyService {
    public static final String FIELD = "expertise-field";

    @Inject
    ExpertRepository experts;
    @Inject
    ExpertMapper mapper;
    @Inject
    AuditLog audit;

    public Map<String, ExpertiseField> fieldsByCode() {
        Map<String, ExpertiseField> m = new LinkedHashMap<>();
        experts.fields().forEach(f -> m.put(f.code, f));
        return m;
    }

    public Map<String, Qualification> qualificationsByCode() {
        Map<String, Qualification> m = new LinkedHashMap<>();
        experts.qualifications().forEach(q -> m.put(q.code, q));
        return m;
    }

    public Vocabulary vocabulary() {
        Map<String, Long> counts = experts.countsPerField();
        List<FieldDto> fields = fieldsByCode().values().stream()
                .sorted(Comparator.comparing((ExpertiseField f) -> SearchText.normalize(f.nameVi)))
                .map(f -> dto(f, counts.getOrDefault(f.code, 0L))).toList();
        List<QualificationDto> qualifications = qualificationsByCode().values().stream()
                .map(q -> new QualificationDto(q.code, q.kind, q.nameVi, q.nameEn, q.level)).toList();
        return new Vocabulary(fields, qualifications);
    }

    private static FieldDto dto(ExpertiseField f, long count) {
        return new FieldDto(f.code, f.nameVi, f.nameEn, count, f.version);
    }

    @Transactional
    public FieldDto createField(FieldInput in) {
        if (experts.findRow(ExpertiseField.class, in.code()) != null) {
            throw ProblemException.conflict("problem.conflict.field-code", in.code());
        }
        ExpertiseField f = new ExpertiseField();
        f.code = in.code();
        f.nameVi = SearchText.clean(in.nameVi());
        f.nameEn = SearchText.clean(in.nameEn());
        experts.persistRow(f);
        experts.flush();
        audit.record(AuditLog.Action.create, FIELD, f.code, null, Map.of("nameVi", f.nameVi, "nameEn", f.nameEn));
        return dto(f, 0);
    }

    /** Renames a field; the code stays, and the profiles using it are re-keyed so that search finds the new name. */
    @Transactional
    public FieldDto updateField(String code, String ifMatch, FieldInput in) {
        ExpertiseField f = field(code);
        ETags.check(ifMatch, f.version);
        if (!in.code().equals(code)) {
            throw ProblemException.invalidField("code", "validation.code-immutable");
        }
        var before = Map.of("nameVi", f.nameVi, "nameEn", f.nameEn);
        f.nameVi = SearchText.clean(in.nameVi());
        f.nameEn = SearchText.clean(in.nameEn());
        experts.flush();
        Map<String, ExpertiseField> fields = fieldsByCode();
        Map<String, Qualification> qualifications = qualificationsByCode();
        List<Expert> using = experts.withField(code);
        using.forEach(e -> mapper.rekey(e, fields, qualifications));
        experts.flush();
        audit.record(AuditLog.Action.update, FIELD, code, before, Map.of("nameVi", f.nameVi, "nameEn", f.nameEn));
        return dto(f, using.size());
    }

    @Transactional
    public void deleteField(String code, String ifMatch) {
        ExpertiseField f = field(code);
        ETags.check(ifMatch, f.version);
        long used = experts.countsPerField().getOrDefault(code, 0L);
        if (used > 0) {
            throw ProblemException.conflict("problem.conflict.field-in-use", used);
        }
        experts.removeRow(f);
        experts.flush();
        audit.record(AuditLog.Action.delete, FIELD, code, Map.of("nameVi", f.nameVi), null);
    }

    public ExpertiseField field(String code) {
        return ProblemException.requireFound(code == null ? null : experts.findRow(ExpertiseField.class, code), FIELD, code);
    }
}
