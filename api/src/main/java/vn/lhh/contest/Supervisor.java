package vn.lhh.contest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The teacher who supervised the entry. */
@Schema(name = "ContestSupervisor")
public record Supervisor(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Thầy Trần Văn Minh") String fullName,
        @Size(max = 300) @Schema(examples = "Trường THCS Đặng Thai Mai") String school,
        @Size(max = 40) @Schema(examples = "0912 345 678") String phone,
        @Email @Size(max = 200) @Schema(examples = "minh.tv@example.edu.vn") String email) {
}
