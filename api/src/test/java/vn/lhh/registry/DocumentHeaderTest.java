package vn.lhh.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lhh.registry.service.DocumentHeader;

/** The demo import reads the registry's details from the source document itself (not retyped). */
class DocumentHeaderTest {
    @Test
    void readsTheSourceDocument() throws Exception {
        String text = Files.readString(Path.of("../deploy/demo/program-106-CTr-LHH-2019.txt"), StandardCharsets.UTF_8);
        DocumentHeader h = DocumentHeader.parse(text).orElseThrow();
        assertEquals(106, h.number());
        assertEquals(DocumentType.program, h.type());
        assertEquals("106/CTr-LHH", h.symbol());
        assertEquals(LocalDate.of(2019, 12, 23), h.date());
        assertTrue(h.title().startsWith("CHƯƠNG TRÌNH HOẠT ĐỘNG CỦA LIÊN HIỆP CÁC HỘI"), h.title());
        assertTrue(h.title().endsWith("KHÓA VI, NHIỆM KỲ 2019-2024"), h.title());
        assertEquals(8, h.recipients().size(), h.recipients().toString());
        assertEquals("Liên hiệp các hội KH&KT Việt Nam (đề b/c)", h.recipients().get(0));
        assertEquals("Lưu: VT", h.recipients().get(7));
        assertEquals("TM. BAN CHẤP HÀNH, CHỦ TỊCH", h.signerTitle());
        assertEquals("Nguyễn Thị Thu Hương", h.signer());
    }

    @Test
    void aTextWithoutNumberOrDateIsNotADocument() {
        assertTrue(DocumentHeader.parse("Chỉ là một đoạn văn.").isEmpty());
    }
}
