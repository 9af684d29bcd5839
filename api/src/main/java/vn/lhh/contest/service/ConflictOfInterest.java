package vn.lhh.contest.service;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.lhh.common.text.SearchText;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.ContestJudge;
import vn.lhh.contest.EntryAuthor;
import vn.lhh.contest.JudgeRelation;
import vn.lhh.contest.dto.JudgingDtos.ConflictReason;

/**
 * When a judge may not score an entry: the entry's school, an author's school or the supervisor's
 * school is one of the judge's schools (compared as SearchText keys, so "THCS Đặng Thai Mai" and
 * "thcs dang thai mai" are the same school), or the judge declared a relation with the entry.
 */
public final class ConflictOfInterest {
    private ConflictOfInterest() {
    }

    public record Conflict(ConflictReason reason, String detail) {
    }

    /** @param relations the judge's declared relations by entry id */
    public static Optional<Conflict> of(ContestJudge judge, ContestEntry entry, Map<UUID, JudgeRelation> relations) {
        JudgeRelation r = relations.get(entry.id);
        if (r != null) {
            return Optional.of(new Conflict(ConflictReason.relation, r.note));
        }
        Set<String> entrySchools = new LinkedHashSet<>();
        entrySchools.add(entry.schoolKey);
        entrySchools.add(SearchText.normalize(entry.school));
        if (entry.authors != null) {
            for (EntryAuthor a : entry.authors) {
                entrySchools.add(SearchText.normalize(a.school()));
            }
        }
        if (entry.supervisor != null) {
            entrySchools.add(SearchText.normalize(entry.supervisor.school()));
        }
        entrySchools.remove("");
        entrySchools.remove(null);
        for (int i = 0; i < judge.schoolKeys.length; i++) {
            if (entrySchools.contains(judge.schoolKeys[i])) {
                return Optional.of(new Conflict(ConflictReason.school, judge.schools[i]));
            }
        }
        return Optional.empty();
    }
}
