package vn.lhh.bulletin.distribution.service;

import java.util.Locale;
import vn.lhh.bulletin.distribution.DeliveryMethod;
import vn.lhh.bulletin.distribution.RecipientKind;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecordDto;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;

/** The distribution as spreadsheets: an issue's records, and a year's totals. */
public final class DistributionExport {
    private DistributionExport() {
    }

    /** One row per record of an issue. */
    public static final Export<RecordDto> RECORDS = Export.of("Danh sách phát hành tập san",
            Column.label("Đối tượng", "Recipient kind", 16, (r, l) -> kind(r.recipientKind(), l)),
            Column.text("Nơi nhận", "Recipient", 40, RecordDto::recipientName),
            Column.text("Huyện, thị xã", "District", 20, RecordDto::recipientDistrict),
            Column.text("Địa chỉ", "Address", 45, RecordDto::recipientAddress),
            Column.integer("Số bản", "Copies", 8, RecordDto::copies),
            Column.date("Ngày gửi", "Sent on", RecordDto::sentOn),
            Column.label("Hình thức", "Method", 14, (r, l) -> method(r.method(), l)),
            Column.text("Ghi chú", "Note", 30, RecordDto::note));

    /**
     * One row of the year's totals: a month, the year, or a kind of recipient. A number a row has no
     * meaning for (the distinct recipients of a month, the issues of a kind) is left empty.
     */
    public record TotalRow(String groupVi, String groupEn, String labelVi, String labelEn, Integer month, Long issues, Long recipients,
                           long records, long copies) {
    }

    public static final Export<TotalRow> TOTALS = Export.of("Tổng hợp phát hành tập san",
            Column.label("Nhóm", "Group", 14, (r, l) -> Column.pick(l, r.groupVi(), r.groupEn())),
            Column.label("Mục", "Item", 24, (r, l) -> Column.pick(l, r.labelVi(), r.labelEn())),
            Column.integer("Tháng", "Month", 7, TotalRow::month),
            Column.integer("Số kỳ phát hành", "Issues", 14, TotalRow::issues),
            Column.integer("Số nơi nhận", "Recipients", 12, TotalRow::recipients),
            Column.integer("Lượt gửi", "Records", 10, TotalRow::records),
            Column.integer("Số bản", "Copies", 10, TotalRow::copies));

    static String kind(RecipientKind k, Locale l) {
        String[] both = kindLabels(k);
        return Column.pick(l, both[0], both[1]);
    }

    static String[] kindLabels(RecipientKind k) {
        return switch (k) {
            case commune -> new String[] {"Xã", "Commune"};
            case ward -> new String[] {"Phường", "Ward"};
            case town -> new String[] {"Thị trấn", "Town"};
            case department -> new String[] {"Sở, ban, ngành", "Department"};
            case partner_union -> new String[] {"Liên hiệp hội tỉnh bạn", "Partner union"};
            case other -> new String[] {"Khác", "Other"};
        };
    }

    static String method(DeliveryMethod m, Locale l) {
        return switch (m) {
            case post -> Column.pick(l, "Bưu điện", "Post");
            case in_person -> Column.pick(l, "Trực tiếp", "In person");
            case courier -> Column.pick(l, "Chuyển phát", "Courier");
            case other -> Column.pick(l, "Khác", "Other");
        };
    }
}
