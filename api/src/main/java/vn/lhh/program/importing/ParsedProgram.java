package vn.lhh.program.importing;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program document as the parser understood it, before anything is stored. */
@Schema(name = "ParsedProgram", description = "The structure read from a program document.")
public record ParsedProgram(
        @Schema(examples = "Nghệ An") String place,
        @Schema(examples = "2019-12-23") LocalDate documentDate,
        @Schema(examples = "106/CTr-LHH") String documentNumber,
        String title,
        @Schema(examples = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN") String unionName,
        @Schema(examples = "VI") String termLabel,
        @Schema(examples = "2019") int startYear,
        @Schema(examples = "2024") int endYear,
        String preamble,
        @Schema(required = true) List<Item> missions,
        @Schema(required = true) List<Item> regularTasks,
        @Schema(required = true) List<YearBlock> years,
        @Schema(required = true) List<Item> implementation,
        String closing,
        @Schema(required = true) List<String> recipients,
        @Schema(examples = "TM. BAN CHẤP HÀNH\nCHỦ TỊCH") String signerTitle,
        @Schema(examples = "Nguyễn Thị Thu Hương") String signer,
        @Schema(required = true, description = "Lines the parser could not place, or placed with a doubt.") List<Flag> flags) {

    @Schema(name = "ParsedProgramItem")
    public record Item(@Schema(examples = "1") String label, String text, @Schema(description = "Line of the document where it starts") int line,
                       List<Item> subItems) {
    }

    @Schema(name = "ParsedProgramYear")
    public record YearBlock(@Schema(examples = "2020") int year, int line, List<Item> items) {
    }

    @Schema(name = "ImportFlag")
    public record Flag(@Schema(examples = "12") int line, String text, @Schema(examples = "Mục đánh số không liên tục: cần 4, gặp 5") String reason) {
    }
}
