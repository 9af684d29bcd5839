package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.text.SearchText;
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.ContestCriterion;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.CriterionLevel;
import vn.lhh.contest.EditionStatus;
import vn.lhh.contest.dto.ContestDtos.CategoryDto;
import vn.lhh.contest.dto.ContestDtos.CategoryInput;
import vn.lhh.contest.dto.ContestDtos.CriterionInput;
import vn.lhh.contest.dto.ContestDtos.RubricInput;
import vn.lhh.contest.mapping.ContestMapper;

/** Categories (lĩnh vực) of an edition and their rubrics; visible with their edition. */
@ApplicationScoped
public class CategoryService {
    public static final String ENTITY = "contest-category";

    @Inject
    ContestRepository repo;
    @Inject
    EditionService editions;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public Page<CategoryDto> list(UUID editionId, PageRequest page) {
        editions.get(editionId);
        Page<ContestCategory> p = repo.categories(editionId, page);
        List<UUID> ids = p.items().stream().map(c -> c.id).toList();
        Map<UUID, List<ContestCriterion>> rubrics = repo.rubrics(ids);
        Set<UUID> frozen = repo.scoredCategories(ids);
        return p.map(c -> ContestMapper.category(c, rubrics.getOrDefault(c.id, List.of()), frozen.contains(c.id)));
    }

    /** Visible when its edition is: a draft edition's categories are "not found" outside the office. */
    public ContestCategory get(UUID id) {
        ContestCategory c = repo.category(id);
        ContestEdition e = c == null ? null : repo.edition(c.editionId);
        if (c == null || !(editions.isOffice() || e.status == EditionStatus.published)) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return c;
    }

    public CategoryDto dto(ContestCategory c) {
        return ContestMapper.category(c, repo.rubric(c.id), !repo.scoredCategories(List.of(c.id)).isEmpty());
    }

    @Transactional
    public CategoryDto create(UUID editionId, CategoryInput in) {
        ContestEdition e = editions.get(editionId);
        ContestCategory c = new ContestCategory();
        c.id = UUID.randomUUID();
        c.editionId = e.id;
        apply(c, in);
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        return changes.create(ENTITY, c.id, c, this::dto);
    }

    @Transactional
    public CategoryDto update(UUID id, String ifMatch, CategoryInput in) {
        ContestCategory c = get(id);
        return changes.update(ENTITY, c.id, c, c.version, ifMatch, this::dto, changed -> {
            apply(c, in);
            c.updatedAt = Instant.now();
        });
    }

    private void apply(ContestCategory c, CategoryInput in) {
        // asked before anything changes, so that the query flushes nothing half-done
        long same = repo.countOtherCategoriesWithCode(c.editionId, in.code(), c.id);
        if (same > 0) {
            throw ProblemException.conflict("contest.conflict.category-code", in.code());
        }
        c.code = in.code();
        c.name = SearchText.cleanRequired("name", in.name());
        c.description = SearchText.cleanOptional(in.description());
        c.position = in.position();
    }

    /** Only a category without entries (an entry's category is part of its record). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        ContestCategory c = get(id);
        ETags.check(ifMatch, c.version);
        long entries = repo.entriesInCategory(c.id);
        if (entries > 0) {
            throw ProblemException.conflict("contest.conflict.category-has-entries", entries);
        }
        CategoryDto before = dto(c);
        repo.deleteCriteria(c.id);
        repo.removeRow(c);
        repo.flushRows();
        audit.record(AuditLog.Action.delete, ENTITY, id, before, null);
    }

    /**
     * Replaces the whole rubric. Refused once any judge has a score sheet in the category: scores are
     * kept per criterion id, and changing weights or maxima would change totals already given.
     */
    @Transactional
    public CategoryDto putRubric(UUID id, String ifMatch, RubricInput in) {
        ContestCategory c = get(id);
        ETags.check(ifMatch, c.version);
        if (!repo.scoredCategories(List.of(c.id)).isEmpty()) {
            throw ProblemException.conflict("contest.conflict.rubric-frozen");
        }
        List<ContestCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < in.criteria().size(); i++) {
            CriterionInput k = in.criteria().get(i);
            ContestCriterion x = new ContestCriterion();
            x.id = UUID.randomUUID();
            x.categoryId = c.id;
            x.position = i + 1;
            x.name = SearchText.cleanRequired("criteria[" + i + "].name", k.name());
            x.description = SearchText.cleanOptional(k.description());
            x.weight = k.weight().setScale(3, RoundingMode.HALF_UP);
            x.maxScore = k.maxScore();
            x.levels = levels(i, k);
            criteria.add(x);
        }
        CategoryDto before = dto(c);
        repo.deleteCriteria(c.id);
        criteria.forEach(repo::persistRow);
        // the category's version covers its rubric (If-Match on the category)
        c.updatedAt = Instant.now();
        repo.bumpVersion(c);
        repo.flushRows();
        CategoryDto after = dto(c);
        audit.record(AuditLog.Action.update, ENTITY, c.id, before, after);
        return after;
    }

    /** Levels ascending by score, each within 0..maxScore, no score twice. */
    private static List<CriterionLevel> levels(int index, CriterionInput k) {
        if (k.levels() == null) {
            return new ArrayList<>();
        }
        Set<Integer> seen = new HashSet<>();
        List<CriterionLevel> out = new ArrayList<>();
        for (int j = 0; j < k.levels().size(); j++) {
            CriterionLevel l = k.levels().get(j);
            String field = "criteria[" + index + "].levels[" + j + "]";
            if (l.score() > k.maxScore()) {
                throw ProblemException.invalidField(field + ".score", "contest.validation.level-over-max", k.maxScore());
            }
            if (!seen.add(l.score())) {
                throw ProblemException.invalidField(field + ".score", "contest.validation.level-duplicate");
            }
            out.add(new CriterionLevel(l.score(), SearchText.cleanRequired(field + ".description", l.description())));
        }
        out.sort(Comparator.comparingInt(CriterionLevel::score));
        return out;
    }
}
