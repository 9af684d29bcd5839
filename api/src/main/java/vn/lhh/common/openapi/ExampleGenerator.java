package vn.lhh.common.openapi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Builds an example value from a schema of the contract, deterministically (the contract is compared
 * byte for byte with the committed one): a schema's own example wins; otherwise the value comes from the
 * property's name (Vietnamese names, places and titles), its format, enum, bounds and pattern. Ids are
 * name-based UUIDs, so the same property has the same id in every example.
 */
public final class ExampleGenerator {
    private static final int MAX_DEPTH = 7;

    /** Which side of the exchange the example is for: requests leave out read-only fields, responses write-only ones. */
    public enum Direction { REQUEST, RESPONSE }

    private final Map<String, Schema> components;
    private final Direction direction;

    public ExampleGenerator(Map<String, Schema> components, Direction direction) {
        this.components = components == null ? Map.of() : components;
        this.direction = direction;
    }

    public Object example(Schema schema) {
        return value(schema, "", 0);
    }

    private Schema resolve(Schema s) {
        int hops = 0;
        while (s != null && s.getRef() != null && hops++ < 10) {
            String ref = s.getRef();
            Schema target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
            if (target == null) {
                return s;
            }
            // OpenAPI 3.1 allows siblings next to $ref (a description, a type): the target's constraints carry the value
            s = target;
        }
        return s;
    }

    private Object value(Schema raw, String name, int depth) {
        if (raw == null) {
            return stringFor(name, null);
        }
        // an example written on the property itself (beside its $ref) wins over the target's
        Object own = ownExample(raw);
        if (own != null) {
            return own;
        }
        Schema s = resolve(raw);
        own = ownExample(s);
        if (own != null) {
            return own;
        }
        if (s.getConstValue() != null) {
            return s.getConstValue();
        }
        if (s.getEnumeration() != null && !s.getEnumeration().isEmpty()) {
            return s.getEnumeration().stream().filter(e -> e != null).findFirst().orElse(null);
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema part : s.getAllOf()) {
                if (value(part, name, depth) instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            if (s.getProperties() != null) {
                merged.putAll(object(s, depth));
            }
            return merged;
        }
        List<Schema> alternatives = s.getOneOf() != null && !s.getOneOf().isEmpty() ? s.getOneOf() : s.getAnyOf();
        if (alternatives != null && !alternatives.isEmpty()) {
            Schema first = alternatives.stream().filter(a -> !isNull(resolve(a))).findFirst().orElse(alternatives.get(0));
            return value(first, name, depth);
        }
        Schema.SchemaType type = type(s);
        if (type == null) {
            return s.getProperties() != null ? object(s, depth) : stringFor(name, s);
        }
        return switch (type) {
            case OBJECT -> object(s, depth);
            case ARRAY -> array(s, name, depth);
            case INTEGER -> integer(s, name);
            case NUMBER -> number(s, name);
            case BOOLEAN -> !name.startsWith("has") && !name.equals("late") && !name.equals("overdue") && !name.equals("atRisk")
                    ? Boolean.TRUE : Boolean.FALSE;
            case NULL -> null;
            case STRING -> stringFor(name, s);
        };
    }

    private static Object ownExample(Schema s) {
        if (s.getExamples() != null && !s.getExamples().isEmpty()) {
            return s.getExamples().get(0);
        }
        return s.getExample();
    }

    private static boolean isNull(Schema s) {
        return s != null && s.getType() != null && s.getType().size() == 1 && s.getType().get(0) == Schema.SchemaType.NULL;
    }

    private static Schema.SchemaType type(Schema s) {
        if (s.getType() == null || s.getType().isEmpty()) {
            return null;
        }
        return s.getType().stream().filter(t -> t != Schema.SchemaType.NULL).findFirst().orElse(Schema.SchemaType.NULL);
    }

    private Map<String, Object> object(Schema s, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
        if (s.getProperties() != null) {
            for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
                boolean isRequired = required.contains(p.getKey());
                if (!isRequired && (depth >= MAX_DEPTH - 2 || skippedForDirection(p.getValue()))) {
                    continue;
                }
                out.put(p.getKey(), value(p.getValue(), p.getKey(), depth + 1));
            }
        } else if (s.getAdditionalPropertiesSchema() != null && depth < MAX_DEPTH) {
            // a map: one entry shows the shape of its values
            out.put("vi", value(s.getAdditionalPropertiesSchema(), "", depth + 1));
        }
        return out;
    }

    private boolean skippedForDirection(Schema property) {
        Schema s = property.getRef() != null && property.getReadOnly() == null && property.getWriteOnly() == null ? resolve(property) : property;
        return direction == Direction.REQUEST ? Boolean.TRUE.equals(s.getReadOnly()) : Boolean.TRUE.equals(s.getWriteOnly());
    }

    private List<Object> array(Schema s, String name, int depth) {
        List<Object> out = new ArrayList<>();
        int min = s.getMinItems() == null ? 0 : s.getMinItems();
        int count = depth >= MAX_DEPTH ? min : Math.max(min, 1);
        if (s.getMaxItems() != null) {
            count = Math.min(count, s.getMaxItems());
        }
        String itemName = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        for (int i = 0; i < count; i++) {
            Object item = value(s.getItems(), itemName, depth + 1);
            if (i > 0 && item instanceof String str && Boolean.TRUE.equals(s.getUniqueItems())) {
                item = str + (i + 1);
            }
            out.add(item);
        }
        return out;
    }

    private static Object integer(Schema s, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        long v;
        if (n.contains("year")) {
            v = 2026;
        } else if (n.contains("month")) {
            v = 3;
        } else if (n.equals("page")) {
            v = 1;
        } else if (n.equals("size")) {
            v = 20;
        } else if (n.contains("percent")) {
            v = 75;
        } else if (n.equals("version")) {
            v = 1;
        } else if (n.contains("bytes")) {
            v = 245_760;
        } else if (n.contains("copies")) {
            v = 50;
        } else if (n.contains("status")) {
            v = 200;
        } else if (n.contains("ms")) {
            v = 180;
        } else {
            v = 12;
        }
        return clamp(BigDecimal.valueOf(v), s).longValue();
    }

    private static Object number(Schema s, String name) {
        return clamp(new BigDecimal("8.5"), s).doubleValue();
    }

    private static BigDecimal clamp(BigDecimal v, Schema s) {
        if (s.getMaximum() != null && v.compareTo(s.getMaximum()) > 0) {
            v = s.getMaximum();
        }
        if (s.getExclusiveMaximum() != null && v.compareTo(s.getExclusiveMaximum()) >= 0) {
            v = s.getExclusiveMaximum().subtract(BigDecimal.ONE);
        }
        if (s.getMinimum() != null && v.compareTo(s.getMinimum()) < 0) {
            v = s.getMinimum();
        }
        if (s.getExclusiveMinimum() != null && v.compareTo(s.getExclusiveMinimum()) <= 0) {
            v = s.getExclusiveMinimum().add(BigDecimal.ONE);
        }
        return v;
    }

    /** Tried in turn when a property's pattern refuses the value its name suggests. */
    private static final List<String> PATTERN_CANDIDATES = List.of("https://lienhiephoi-nghean.vn/tai-lieu/106-ctr-lhh",
            "0238 3844 567", "hoi-tin-hoc-nghe-an", "2026-03", "female", "vi", "public", "IV", "nguyen.van.an", "Hội", "a1");

    private static String stringFor(String name, Schema s) {
        String format = s == null ? null : s.getFormat();
        String v;
        if ("uuid".equals(format) || (s != null && s.getPattern() != null && s.getPattern().contains("[a-fA-F0-9]{8}"))) {
            return UUID.nameUUIDFromBytes(("lhh:" + name).getBytes(StandardCharsets.UTF_8)).toString();
        } else if ("date-time".equals(format)) {
            return "2026-03-15T08:30:00Z";
        } else if ("date".equals(format)) {
            return "2026-03-15";
        } else if ("email".equals(format)) {
            return "nguyen.van.an@lienhiephoi-nghean.vn";
        } else if ("uri".equals(format) || "url".equals(format)) {
            return "https://lienhiephoi-nghean.vn/tin-tuc/hoi-thao-khoa-hoc";
        } else if ("binary".equals(format) || "byte".equals(format)) {
            return "JVBERi0xLjcK";
        }
        v = byName(name);
        if (s == null) {
            return v;
        }
        if (s.getPattern() != null) {
            Pattern p = Pattern.compile(s.getPattern());
            if (!p.matcher(v).find()) {
                for (String c : PATTERN_CANDIDATES) {
                    if (p.matcher(c).find()) {
                        v = c;
                        break;
                    }
                }
            }
        }
        if (s.getMaxLength() != null && v.codePointCount(0, v.length()) > s.getMaxLength()) {
            v = v.substring(0, v.offsetByCodePoints(0, s.getMaxLength())).strip();
        }
        if (s.getMinLength() != null) {
            StringBuilder b = new StringBuilder(v);
            while (b.codePointCount(0, b.length()) < s.getMinLength()) {
                b.append('x');
            }
            v = b.toString();
        }
        return v;
    }

    private static String byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("email")) {
            return "nguyen.van.an@lienhiephoi-nghean.vn";
        } else if (n.contains("url") || n.contains("website") || n.equals("link")) {
            return "https://lienhiephoi-nghean.vn/tin-tuc/hoi-thao-khoa-hoc";
        } else if (n.contains("phone")) {
            return "0238 3844 567";
        } else if (n.equals("fullname") || n.endsWith("personname") || n.equals("personname") || n.endsWith("byname")
                || n.equals("judgename") || n.equals("expertname") || n.equals("chairname") || n.equals("recipientname")
                || n.equals("signer") || n.equals("contactperson") || n.equals("supervisor") || n.equals("displayname")
                || n.equals("actor") || n.endsWith("by") || n.equals("author")) {
            return "Nguyễn Văn An";
        } else if (n.equals("username") || n.endsWith("username")) {
            return "nguyen.van.an";
        } else if (n.contains("unionname") || n.equals("issuingbody") || n.equals("requestingbody") || n.equals("leadunit")
                || n.equals("organisation") || n.equals("affiliation") || n.equals("draftingunit")) {
            return "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Nghệ An";
        } else if (n.contains("name")) {
            return "Hội Tin học tỉnh Nghệ An";
        } else if (n.contains("title") || n.equals("subject")) {
            return "Hội thảo ứng dụng khoa học và công nghệ trong nông nghiệp";
        } else if (n.contains("address")) {
            return "Số 12 đường Lê Hồng Phong, thành phố Vinh, Nghệ An";
        } else if (n.equals("province") || n.equals("place") || n.contains("place")) {
            return "Nghệ An";
        } else if (n.equals("district")) {
            return "Huyện Nghi Lộc";
        } else if (n.equals("commune")) {
            return "Xã Nghi Phong";
        } else if (n.equals("school")) {
            return "Trường THPT Huỳnh Thúc Kháng";
        } else if (n.contains("symbol") || n.equals("reference") || n.contains("documentnumber")) {
            return "106/CTr-LHH";
        } else if (n.contains("abbreviation")) {
            return "LHH";
        } else if (n.equals("code") || n.endsWith("code") || n.equals("slug") || n.equals("key")) {
            return "tin-hoc";
        } else if (n.equals("language") || n.equals("lang")) {
            return "vi";
        } else if (n.contains("cursor") || n.equals("token") || n.endsWith("token")) {
            return "eyJrIjoiMjAyNi0wMy0xNSJ9";
        } else if (n.contains("secret")) {
            return "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        } else if (n.equals("sha256")) {
            return "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        } else if (n.equals("contenttype")) {
            return "application/pdf";
        } else if (n.equals("filename")) {
            return "ke-hoach-hoi-thao-2026.pdf";
        } else if (n.equals("label") || n.equals("termlabel")) {
            return "Nhiệm kỳ 2022–2027";
        } else if (n.contains("html")) {
            return "<p>Nội dung bài viết bằng tiếng Việt.</p>";
        } else if (n.equals("clientid")) {
            return "partner-ha-tinh";
        } else if (n.equals("requestid")) {
            return "7f3c2a1b9d8e4f60";
        } else if (n.equals("error") || n.equals("lasterror")) {
            return "HTTP 503 từ máy chủ đối tác";
        } else if (n.equals("position") || n.equals("signertitle") || n.equals("honorific")) {
            return "Phó Chủ tịch";
        } else if (n.contains("field")) {
            return "Công nghệ thông tin";
        } else if (n.equals("instance") || n.equals("path") || n.endsWith("path")) {
            return "/api/v1/associations";
        } else if (n.equals("type")) {
            return "about:blank";
        }
        return "Nội dung mẫu bằng tiếng Việt";
    }
}
