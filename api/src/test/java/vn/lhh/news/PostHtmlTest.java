package vn.lhh.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.lhh.news.service.PostHtml;

/** The sanitiser alone: what attacks look like after it, and that ordinary rich text survives. */
class PostHtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Tin</p><script>alert(1)</script>",
            "<p>Tin</p><SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<p>Tin<scr<script>ipt>alert(1)</scr</script>ipt></p>",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\" onmouseover='alert(2)'>Tin</p>",
            "<a href=\"javascript:alert(1)\">bấm</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">bấm</a>",
            "<a href=\"&#106;avascript:alert(1)\">bấm</a>",
            "<a href=\" javascript:alert(1)\">bấm</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<svg onload=alert(1)><p>Tin</p></svg>",
            "<iframe src=\"https://evil.example\"></iframe><p>Tin</p>",
            "<style>body{display:none}</style><p style=\"background:url(javascript:alert(1))\">Tin</p>",
            "<form action=\"https://evil.example\"><input name=x></form><p>Tin</p>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\"><p>Tin</p>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>Tin</p>",
            "<base href=\"javascript:alert(1)//\"><a href=\"x\">Tin</a>",
    })
    void nothingExecutableComesBack(String attack) {
        String safe = PostHtml.sanitize(attack).toLowerCase(Locale.ROOT);
        assertFalse(safe.contains("<script"), safe);
        assertFalse(safe.contains("javascript:"), safe);
        assertFalse(safe.contains("vbscript:"), safe);
        assertFalse(safe.contains("data:"), safe);
        assertFalse(safe.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), safe);
        for (String tag : new String[] {"<iframe", "<svg", "<style", "<form", "<input", "<object", "<embed", "<meta", "<base", "<math", "<noscript"}) {
            assertFalse(safe.contains(tag), tag + " in " + safe);
        }
        assertFalse(safe.contains("style="), safe);
    }

    @Test
    void ordinaryRichTextStays() {
        String html = "<h2>Kết quả</h2><p>Hội thi có <strong>120</strong> mô hình, <em>15</em> giải.</p>"
                + "<ul><li>Giải nhất</li><li>Giải nhì</li></ul><blockquote>Trích phát biểu</blockquote>"
                + "<p><a href=\"https://lhh.example.vn/ket-qua\">Xem kết quả</a></p><img src=\"https://lhh.example.vn/anh.jpg\" alt=\"Ảnh\">";
        String safe = PostHtml.sanitize(html);
        assertTrue(safe.contains("<h2>Kết quả</h2>"), safe);
        assertTrue(safe.contains("<strong>120</strong>"), safe);
        assertTrue(safe.contains("<ul><li>Giải nhất</li><li>Giải nhì</li></ul>"), safe);
        assertTrue(safe.contains("<blockquote>Trích phát biểu</blockquote>"), safe);
        assertTrue(safe.contains("href=\"https://lhh.example.vn/ket-qua\""), safe);
        assertTrue(safe.matches("(?s).*rel=\"[^\"]*noopener[^\"]*\".*") && safe.contains("nofollow") && safe.contains("noreferrer"), safe);
        assertTrue(safe.contains("<img src=\"https://lhh.example.vn/anh.jpg\" alt=\"Ảnh\" />"), safe);
    }

    @Test
    void aTopHeadingBecomesH2AndDivsParagraphs() {
        assertEquals("<h2>Tiêu đề</h2><p>Đoạn</p>", PostHtml.sanitize("<h1>Tiêu đề</h1><div>Đoạn</div>"));
    }

    @Test
    void textOutsideTagsIsEscapedNotDropped() {
        String safe = PostHtml.sanitize("Giá < 5 triệu & \"tốt\"");
        assertFalse(safe.contains("< 5"), safe);
        assertEquals("Giá < 5 triệu & \"tốt\"", PostHtml.plainText(safe));
    }

    @Test
    void bodiesThatShowNothingAreEmpty() {
        assertTrue(PostHtml.isEmpty(PostHtml.sanitize("<script>alert(1)</script>")));
        assertTrue(PostHtml.isEmpty(PostHtml.sanitize("<p>  </p><br>")));
        assertFalse(PostHtml.isEmpty(PostHtml.sanitize("<img src=\"https://lhh.example.vn/a.png\">")));
        assertFalse(PostHtml.isEmpty(PostHtml.sanitize("<p>Tin</p>")));
    }
}
