package vn.lhh.bulletin.subscription.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bulletin subscription feature's API records. */
public final class SubscriptionDtos {
    private SubscriptionDtos() {
    }

    @Schema(name = "BulletinSubscriptionInput", description = "An e-mail address that asks for the bulletin")
    public record SubscribeInput(
            @NotBlank @Email(regexp = "^[^\\s\\r\\n]+@[^\\s\\r\\n]+\\.[^\\s\\r\\n]+$") @Size(max = 254)
            @Schema(required = true, examples = "ban.doc@example.vn") String email,
            @Pattern(regexp = "^(vi|en)$", message = "{validation.language}")
            @Schema(description = "Language of the mails: vi (default) or en", examples = "vi") String language) {
    }

    @Schema(name = "BulletinSubscriptionAccepted", description = "The same answer for every address, known or not")
    public record Accepted(
            @Schema(required = true, examples = "Nếu địa chỉ này chưa đăng ký, một thư xác nhận vừa được gửi đến. Hãy mở liên kết trong thư trong vòng 48 giờ.")
            String message) {
    }

    @Schema(name = "BulletinSubscriptionTokenInput", description = "The secret from a confirmation or unsubscribe link")
    public record TokenInput(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "Zk3q9n2Yd0xJ5vR1cQ8sT7uW4aB6eH2mL0pN9oK3iU8") String token) {
    }

    @Schema(name = "BulletinSubscriptionState", description = "What the link did")
    public record StateDto(
            @Schema(required = true, examples = "confirmed", enumeration = {"confirmed", "unsubscribed"}) String status) {
    }

    @Schema(name = "BulletinSubscriptionStatistics", description = "How many addresses are in each state (counts only)")
    public record StatisticsDto(
            @Schema(required = true, description = "Waiting for their confirmation link", examples = "3") long pending,
            @Schema(required = true, description = "Receive every published issue", examples = "148") long confirmed,
            @Schema(required = true, description = "Left", examples = "7") long unsubscribed) {
    }
}
