package vn.lhh.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hand-written iCalendar's text rules (RFC 5545 3.1 and 3.3.11), without the server. */
class ICalendarTest {

    @Test
    void textIsEscaped() {
        assertEquals("a\\, b\\; c\\\\d\\ne", ICalendar.text("a, b; c\\d\r\ne"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "Hội thảo khoa học về phát triển vùng nguyên liệu cam Vinh ".repeat(4);
        String folded = ICalendar.fold(line);
        for (String part : folded.split("\r\n")) {
            int octets = part.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + ": " + part);
            assertTrue(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(part), "whole characters");
        }
        assertEquals(line, folded.replace("\r\n ", ""));
    }
}
