package vn.lhh.expert.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.lhh.expert.Availability;

/** An expert who could take a consultation, with how many of its fields they share and their highest level. */
public record ExpertCandidate(UUID id, String fullName, String titleCode, String degreeCode, String organisation, String organisationKey,
                              Availability availability, LocalDate busyUntil, int level, int sharedFields, List<String> fieldCodes) {

    public String displayName() {
        return ExpertRef.displayName(titleCode, degreeCode, fullName);
    }
}
