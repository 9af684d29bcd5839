package vn.lhh.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import vn.lhh.common.time.ProvinceClock;

/**
 * Writes iCalendar (RFC 5545) by hand: CRLF line ends, content lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, local times with TZID=Asia/Ho_Chi_Minh and its
 * VTIMEZONE (UTC+7, no daylight saving since 1975), DTSTAMP and LAST-MODIFIED in UTC.
 */
public final class ICalendar {
    static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private ICalendar() {
    }

    /** A calendar of the given events; eventUrl(id) links each to the SPA. */
    public static String of(String name, List<CalendarEvent> events, Function<CalendarEvent, String> eventUrl) {
        ICalendar c = new ICalendar();
        c.line("BEGIN:VCALENDAR");
        c.line("VERSION:2.0");
        c.line("PRODID:-//LHH//Lich hop va lich cong tac//VI");
        c.line("CALSCALE:GREGORIAN");
        c.line("METHOD:PUBLISH");
        c.line("X-WR-CALNAME:" + text(name));
        c.line("X-WR-TIMEZONE:" + ProvinceClock.ZONE.getId());
        c.line("BEGIN:VTIMEZONE");
        c.line("TZID:" + ProvinceClock.ZONE.getId());
        c.line("BEGIN:STANDARD");
        c.line("DTSTART:19750613T000000");
        c.line("TZOFFSETFROM:+0700");
        c.line("TZOFFSETTO:+0700");
        c.line("TZNAME:ICT");
        c.line("END:STANDARD");
        c.line("END:VTIMEZONE");
        for (CalendarEvent e : events) {
            c.event(e, eventUrl.apply(e));
        }
        c.line("END:VCALENDAR");
        return c.out.toString();
    }

    private void event(CalendarEvent e, String url) {
        line("BEGIN:VEVENT");
        line("UID:" + e.id + "@lhh");
        line("DTSTAMP:" + UTC.format(e.updatedAt));
        line("LAST-MODIFIED:" + UTC.format(e.updatedAt));
        line("CREATED:" + UTC.format(e.createdAt));
        line("SEQUENCE:" + e.version);
        line("DTSTART;TZID=" + ProvinceClock.ZONE.getId() + ":" + local(e.startsAt));
        line("DTEND;TZID=" + ProvinceClock.ZONE.getId() + ":" + local(e.endsAt));
        line("SUMMARY:" + text(e.title));
        StringBuilder description = new StringBuilder();
        if (e.chairName != null) {
            description.append("Chủ trì: ").append(e.chairName).append('\n');
        }
        if (e.agenda != null) {
            description.append("Nội dung:\n").append(e.agenda).append('\n');
        }
        if (e.description != null) {
            description.append(e.description).append('\n');
        }
        if (e.onlineUrl != null) {
            description.append("Trực tuyến: ").append(e.onlineUrl).append('\n');
        }
        if (!description.isEmpty()) {
            line("DESCRIPTION:" + text(description.toString().strip()));
        }
        String location = e.place != null ? e.place : e.onlineUrl;
        line("LOCATION:" + text(location));
        line("CATEGORIES:" + e.kind.name().toUpperCase());
        line("CLASS:" + (e.visibility == Visibility.everyone ? "PUBLIC" : "PRIVATE"));
        line("STATUS:CONFIRMED");
        line("TRANSP:OPAQUE");
        if (url != null) {
            line("URL:" + url);
        }
        line("END:VEVENT");
    }

    static String local(Instant t) {
        return LOCAL.format(t.atZone(ProvinceClock.ZONE).toLocalDateTime());
    }

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends one content line, folded: at most 75 octets a line, continuation lines start with a space. */
    private void line(String content) {
        out.append(fold(content)).append(CRLF);
    }

    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            // control characters other than tab are not allowed in a content line
            if (cp < 0x20 && cp != '\t') {
                i += Character.charCount(cp);
                continue;
            }
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return folded.toString();
    }
}
