package vn.lhh.association.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactInfo", description = "How to reach the association (public).")
public record ContactInfo(
        @Size(max = 500) @Schema(examples = "16 Trường Thi, TP. Vinh, Nghệ An") String address,
        @Email @Size(max = 254) @Schema(examples = "hoiyhoc@example.vn") String email,
        @Pattern(regexp = "^[0-9 +().-]{6,50}$", message = "{validation.phone}") @Schema(examples = "0238 3844 555") String phone,
        @Pattern(regexp = "^https?://[^\\s]{1,490}$", message = "{validation.url}") @Schema(examples = "https://hoiyhoc.example.vn") String website) {
}
