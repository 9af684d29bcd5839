package vn.lhh.contest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author of an entry: a pupil or student, usually a minor; internal data (public results show name, school and district only with consent). */
@Schema(name = "ContestEntryAuthor")
public record EntryAuthor(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Nguyễn Thị Lan Anh") String fullName,
        @NotNull @Schema(required = true, examples = "2011-05-14") LocalDate dateOfBirth,
        @Pattern(regexp = "female|male|other") @Schema(enumeration = {"female", "male", "other"}) String gender,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Trường THCS Đặng Thai Mai") String school,
        @Min(1) @Max(12) @Schema(description = "School grade 1–12; empty for students past grade 12", examples = "9") Integer grade,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Thành phố Vinh") String district,
        @Size(max = 200) @Schema(examples = "Phường Trường Thi") String commune) {
}
