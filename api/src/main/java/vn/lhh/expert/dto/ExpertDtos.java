package vn.lhh.expert.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.expert.Availability;
import vn.lhh.expert.Membership;
import vn.lhh.expert.Visibility;
import vn.lhh.common.etag.VersionedRecord;

/** The expert feature's API records. */
public final class ExpertDtos {
    private ExpertDtos() {
    }

    @Schema(name = "ExpertContact", description = "How to reach an expert; internal unless the expert chooses otherwise.")
    public record Contact(
            @Email @Size(max = 254) @Schema(examples = "hung.nv@example.vn") String email,
            @Pattern(regexp = "^[0-9 +().-]{6,40}$", message = "{validation.phone}") @Schema(examples = "0912 345 678") String phone,
            @Size(max = 500) @Schema(examples = "Trường Đại học Vinh, 182 Lê Duẩn, TP. Vinh") String address) {
    }

    @Schema(name = "Publication")
    public record Publication(
            @NotBlank @Size(max = 500) @Schema(required = true, examples = "Giải pháp tưới tiết kiệm nước cho cây cam Vinh") String title,
            @Pattern(regexp = "^https?://[^\\s]{1,990}$", message = "{validation.url}") @Schema(examples = "https://doi.org/10.1000/xyz123") String url,
            @Min(1900) @Max(2200) @Schema(examples = "2021") Integer year) {
    }

    @Schema(name = "ExpertVisibility", description = "Who sees each group of fields. Name, qualifications, fields, keywords, position, "
            + "organisation and affiliations form the profile group; biography with publications, ORCID iD and languages; contact; availability.")
    public record VisibilitySettings(
            @Schema(description = "Default public") Visibility profile,
            @Schema(description = "Default public") Visibility biography,
            @Schema(description = "Default internal: contact details are never public unless the expert chooses so") Visibility contact,
            @Schema(description = "Default partners") Visibility availability) {
    }

    @Schema(name = "ExpertInput", description = "A profile as written by create (POST) and replace (PUT).")
    public record ExpertInput(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Nguyễn Văn Hùng") String fullName,
            @Size(max = 20) @Schema(description = "Academic title code (see /expert-vocabulary)", examples = "PGS") String titleCode,
            @Size(max = 20) @Schema(description = "Degree code (see /expert-vocabulary)", examples = "TS") String degreeCode,
            @Size(max = 10) @Schema(description = "Field codes from the managed vocabulary", examples = "[\"thuy-loi\", \"nong-nghiep\"]")
            List<@NotBlank @Size(max = 60) String> fieldCodes,
            @Size(max = 20) @Schema(examples = "[\"tưới tiết kiệm\", \"cam Vinh\"]") List<@NotBlank @Size(max = 80) String> keywords,
            @Size(max = 300) @Schema(examples = "Trưởng khoa Nông Lâm Ngư") String position,
            @Size(max = 300) @Schema(examples = "Trường Đại học Vinh") String organisation,
            @Size(max = 10) @Schema(description = "Member associations the expert belongs to") List<@NotNull UUID> associationIds,
            @Size(max = 5000) String biography,
            @Size(max = 50) List<@Valid @NotNull Publication> publications,
            @Schema(description = "ORCID iD, checked with its checksum", examples = "0000-0002-1825-0097") String orcid,
            @Size(max = 10) @Schema(examples = "[\"vi\", \"en\"]") List<@NotBlank @Size(max = 40) String> languages,
            @Valid Contact contact,
            @NotNull @Schema(required = true) Availability availability,
            @Schema(description = "Required when busy", examples = "2027-03-31") LocalDate busyUntil,
            @Valid VisibilitySettings visibility,
            @Size(max = 200) @Schema(description = "Keycloak username of the expert's own account (staff and admin only). On replace, "
                    + "absent keeps the current link and an empty string removes it.", examples = "expert")
            String username) {
    }

    @Schema(name = "FieldRef")
    public record FieldRef(@Schema(required = true, examples = "thuy-loi") String code,
                           @Schema(required = true, examples = "Thủy lợi") String nameVi,
                           @Schema(required = true, examples = "Water resources") String nameEn) {
    }

    @Schema(name = "AssociationRef")
    public record AssociationRef(@Schema(required = true) UUID id, @Schema(required = true, examples = "Hội Khoa học Thủy lợi") String name) {
    }

    @Schema(name = "Expert", description = "A profile as the caller may see it: groups hidden from the caller are absent (null).")
    public record ExpertDto(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "Nguyễn Văn Hùng") String fullName,
            @Schema(required = true, description = "Title, degree and name as written in Vietnamese documents", examples = "PGS.TS. Nguyễn Văn Hùng")
            String displayName,
            @Schema(examples = "PGS") String titleCode,
            @Schema(examples = "TS") String degreeCode,
            @Schema(required = true) List<FieldRef> fields,
            @Schema(required = true) List<String> keywords,
            String position,
            String organisation,
            @Schema(required = true) List<AssociationRef> associations,
            String biography,
            List<Publication> publications,
            String orcid,
            List<String> languages,
            Contact contact,
            Availability availability,
            LocalDate busyUntil,
            @Schema(required = true) Membership membership,
            @Schema(description = "Only for the union office and the expert") VisibilitySettings visibility,
            @Schema(description = "Only for the union office and the expert") String username,
            @Schema(required = true, description = "The view the caller gets") Visibility audience,
            @Schema(required = true, description = "Whether the caller may edit this profile") boolean canEdit,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "ExpertSummary", description = "A search hit.")
    public record ExpertSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String fullName,
            @Schema(required = true) String displayName,
            String titleCode,
            String degreeCode,
            @Schema(required = true) List<String> fieldCodes,
            String position,
            String organisation,
            @Schema(description = "Absent when hidden from the caller") Availability availability,
            LocalDate busyUntil,
            @Schema(required = true) Membership membership) {
    }

    @Schema(name = "FacetValue")
    public record FacetValue(@Schema(required = true, examples = "thuy-loi") String value,
                             @Schema(required = true, examples = "Thủy lợi") String label,
                             @Schema(required = true, examples = "12") long count) {
    }

    @Schema(name = "ExpertFacets", description = "Counts over all hits of the query and filters: for each facet its 20 most frequent values, most frequent first.")
    public record Facets(@Schema(required = true) List<FacetValue> fields,
                         @Schema(required = true, description = "Titles and degrees") List<FacetValue> qualifications,
                         @Schema(required = true) List<FacetValue> associations,
                         @Schema(required = true, description = "Only counts availability the caller may see") List<FacetValue> availability) {
    }

    @Schema(name = "ExpertSearchPage")
    public record SearchPage(
            @Schema(required = true) List<ExpertSummary> items,
            @Schema(required = true, examples = "1") int page,
            @Schema(required = true, examples = "20") int size,
            @Schema(required = true, examples = "57") long total,
            @Schema(required = true, description = "true when no hit had every word and the typo-tolerant match was used") boolean approximate,
            @Schema(required = true) Facets facets,
            @Schema(nullable = true, description = "Opaque: pass it as cursor for the hits right after this page (no duplicate, no gap); "
                    + "absent on the last page.") String nextCursor) {
    }

    @Schema(name = "ExpertiseFieldInput")
    public record FieldInput(
            @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{validation.code}") @Size(max = 60)
            @Schema(required = true, examples = "thuy-san") String code,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Thủy sản") String nameVi,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Fisheries") String nameEn) {
    }

    @Schema(name = "ExpertiseField")
    public record FieldDto(@Schema(required = true) String code, @Schema(required = true) String nameVi,
                           @Schema(required = true) String nameEn, @Schema(required = true) long expertCount,
                           @Schema(required = true) long version) {
    }

    @Schema(name = "Qualification")
    public record QualificationDto(@Schema(required = true, examples = "PGS") String code,
                                   @Schema(required = true, enumeration = {"title", "degree"}) String kind,
                                   @Schema(required = true, examples = "Phó Giáo sư") String nameVi,
                                   @Schema(required = true, examples = "Associate Professor") String nameEn,
                                   @Schema(required = true, examples = "80") int level) {
    }

    @Schema(name = "ExpertVocabulary")
    public record Vocabulary(@Schema(required = true) List<FieldDto> fields,
                             @Schema(required = true) List<QualificationDto> qualifications) {
    }

}
