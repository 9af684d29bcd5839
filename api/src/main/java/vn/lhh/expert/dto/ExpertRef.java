package vn.lhh.expert.dto;

import java.util.UUID;
import vn.lhh.expert.Availability;
import vn.lhh.expert.Membership;

/** What other features may know of an expert (consultations, contest judges): never the entity itself. */
public record ExpertRef(UUID id, String fullName, String displayName, String organisation, String username,
                        Availability availability, Membership membership) {

    /** "PGS.TS. Nguyễn Văn Hùng": title and degree abbreviations before the name, as Vietnamese documents write them. */
    public static String displayName(String titleCode, String degreeCode, String fullName) {
        StringBuilder sb = new StringBuilder();
        if (titleCode != null) {
            sb.append(titleCode).append('.');
        }
        if (degreeCode != null) {
            sb.append(degreeCode).append('.');
        }
        return sb.isEmpty() ? fullName : sb + " " + fullName;
    }
}
