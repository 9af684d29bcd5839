package vn.lhh.common.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Builds valid bodies from schemas and the invalid variants of an operation's parameters and body. */
final class InvalidInputs {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Strings that must be stored or refused as text, never interpreted. */
    static final Map<String, String> INJECTIONS = Map.of(
            "SQL injection", "x' OR '1'='1'; DROP TABLE association; --",
            "script injection", "<script>alert('xss')</script><img src=x onerror=alert(1)>",
            "path traversal", "../../../../etc/passwd%00");
    /** Vietnamese text in decomposed form (NFD): "Hội Y học Nghệ An". */
    static final String NFD = java.text.Normalizer.normalize("Hội Y học Nghệ An", java.text.Normalizer.Form.NFD);
    static final String ZERO_WIDTH_ONLY = "\u200B\u200C\u200D\uFEFF";
    static final String ZERO_WIDTH_INSIDE = "Hội\u200B Y\u200D học";
    /** Invisible format characters (Unicode Cf): word joiner, soft hyphen, Mongolian vowel separator, right-to-left override. */
    static final String FORMAT_ONLY = "\u2060\u00AD\u180E\u202E";
    static final String NUL_INSIDE = "Hội\u0000Y học";

    private final OpenApiSpec spec;
    private final Function<String, String> knownIds;

    /** knownIds: a real id for a body property name such as categoryId or expertId, or null. */
    InvalidInputs(OpenApiSpec spec, Function<String, String> knownIds) {
        this.spec = spec;
        this.knownIds = knownIds;
    }

    // ------------------------------------------------------------------ valid values from a schema

    JsonNode valid(JsonNode schema, String name, int depth) {
        JsonNode s = spec.schema(schema);
        if (s == null || s.isMissingNode()) {
            return F.textNode("x");
        }
        if (s.has("allOf")) {
            return valid(s.get("allOf").get(0), name, depth);
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            return valid((s.has("oneOf") ? s.get("oneOf") : s.get("anyOf")).get(0), name, depth);
        }
        String type = OpenApiSpec.type(s);
        if (s.has("enum")) {
            for (JsonNode e : s.get("enum")) {
                if (!e.isNull()) {
                    return e;
                }
            }
        }
        if (s.has("const")) {
            return s.get("const");
        }
        switch (type) {
            case "object": {
                ObjectNode o = F.objectNode();
                if (depth > 4) {
                    return o;
                }
                List<String> required = new ArrayList<>();
                s.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                    var p = it.next();
                    JsonNode ps = spec.schema(p.getValue());
                    boolean readOnly = ps.path("readOnly").asBoolean(false);
                    if (readOnly) {
                        continue;
                    }
                    if (required.contains(p.getKey()) || (ps.has("examples") && !p.getKey().endsWith("Id") && !p.getKey().endsWith("Ids"))) {
                        o.set(p.getKey(), valid(p.getValue(), p.getKey(), depth + 1));
                    }
                }
                return o;
            }
            case "array": {
                ArrayNode a = F.arrayNode();
                int n = Math.max(1, s.path("minItems").asInt(0));
                if (s.has("examples") && s.get("examples").get(0).isArray() && depth > 0) {
                    return s.get("examples").get(0);
                }
                for (int i = 0; i < n; i++) {
                    a.add(valid(s.path("items"), singular(name), depth + 1));
                }
                return a;
            }
            case "integer":
            case "number": {
                if (s.has("examples")) {
                    return s.get("examples").get(0);
                }
                long min = s.has("minimum") ? s.get("minimum").asLong() : 1;
                return F.numberNode(Math.max(min, Math.min(1, s.path("maximum").asLong(1))));
            }
            case "boolean":
                return F.booleanNode(false);
            default: {
                String known = knownIds.apply(name);
                if (known != null) {
                    return F.textNode(known);
                }
                String format = s.path("format").asText("");
                switch (format) {
                    case "date":
                        return F.textNode(LocalDate.now().minusDays(1).toString());
                    case "date-time":
                        return F.textNode(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0).toString());
                    case "uuid":
                        return F.textNode(UUID.randomUUID().toString());
                    case "email":
                        return F.textNode("kiem-thu@example.vn");
                    case "uri":
                    case "url":
                        return F.textNode("https://example.vn/kiem-thu");
                    default:
                }
                if ("username".equals(name)) {
                    // the examples name demo accounts ("expert"): a record linked to one would become that account's own
                    return F.textNode("kiem-thu-" + UUID.randomUUID().toString().substring(0, 8));
                }
                if ("orcid".equals(name)) {
                    // ORCID iDs are unique: the example's would be taken from the tests that use it
                    return F.textNode(randomOrcid());
                }
                if (s.has("examples") && s.get("examples").get(0).isTextual()) {
                    return s.get("examples").get(0);
                }
                if (s.has("example") && s.get("example").isTextual()) {
                    return s.get("example");
                }
                int max = s.path("maxLength").asInt(60);
                String text = "Giá trị kiểm thử " + UUID.randomUUID().toString().substring(0, 6);
                return F.textNode(text.length() > max ? text.substring(0, max) : text);
            }
        }
    }

    /** A random ORCID iD with its ISO 7064 MOD 11-2 check digit. */
    private static String randomOrcid() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder digits = new StringBuilder("0009");
        while (digits.length() < 15) {
            digits.append(random.nextInt(10));
        }
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        digits.append(check == 10 ? 'X' : (char) ('0' + check));
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-" + digits.substring(12);
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    // ------------------------------------------------------------------ invalid variants of a JSON body

    record BodyVariant(String category, String what, byte[] body, String contentType, boolean mustReject) {
    }

    List<BodyVariant> bodyVariants(JsonNode schema) {
        List<BodyVariant> out = new ArrayList<>();
        JsonNode base = valid(schema, null, 0);
        String b = base.toString();
        out.add(raw("body-syntax", "malformed JSON", b.length() > 2 ? b.substring(0, b.length() / 2) : "{\"a\":", true));
        out.add(raw("body-syntax", "empty body", "", true));
        out.add(raw("body-syntax", "JSON null", "null", true));
        out.add(raw("body-syntax", "trailing garbage", b + "}}", true));
        String t = OpenApiSpec.type(spec.schema(schema));
        out.add(raw("body-syntax", "wrong top-level type", t.equals("array") ? "{\"a\":1}" : "[1,2,3]", true));
        out.add(new BodyVariant("media-type", "text/plain", utf8(b), "text/plain", true));
        out.add(new BodyVariant("media-type", "application/xml", utf8("<a>1</a>"), "application/xml", true));
        if (base.isObject()) {
            ObjectNode extra = ((ObjectNode) base).deepCopy();
            extra.put("khongCoTruongNay", "x");
            out.add(raw("body-type", "unknown property", extra.toString(), true));
            propertyVariants(spec.schema(schema), (ObjectNode) base, "", out, 0);
        }
        return out;
    }

    private void propertyVariants(JsonNode s, ObjectNode base, String prefix, List<BodyVariant> out, int depth) {
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
            var p = it.next();
            String name = p.getKey();
            String field = prefix + name;
            JsonNode ps = spec.schema(p.getValue());
            if (ps.path("readOnly").asBoolean(false)) {
                continue;
            }
            boolean isRequired = required.contains(name);
            boolean nullable = ps.path("type").isArray() && ps.path("type").toString().contains("null");
            String type = OpenApiSpec.type(ps);
            if (isRequired) {
                ObjectNode v = base.deepCopy();
                v.remove(name);
                out.add(raw("body-required", "missing " + field, v.toString(), true));
                v = base.deepCopy();
                v.putNull(name);
                out.add(raw("body-required", "null " + field, v.toString(), !nullable));
            }
            // wrong type
            ObjectNode w = base.deepCopy();
            switch (type) {
                case "integer", "number" -> w.put(name, "không phải số");
                case "boolean" -> w.put(name, "có lẽ");
                case "array" -> w.set(name, F.objectNode().put("a", 1));
                case "object" -> w.set(name, F.arrayNode().add(1));
                default -> w.set(name, F.objectNode().put("a", 1));
            }
            out.add(raw("body-type", "wrong type " + field, w.toString(), true));
            // values of another JSON type that Jackson would convert by default (issue #22): refused, never coerced
            if (depth == 0) {
                List<JsonNode> coercible = new ArrayList<>();
                String format = ps.path("format").asText("");
                if (ps.has("enum")) {
                    coercible.add(F.numberNode(0));
                } else {
                    switch (type) {
                        case "integer", "number" -> coercible.add(F.textNode("12"));
                        case "boolean" -> {
                            coercible.add(F.textNode("true"));
                            coercible.add(F.numberNode(1));
                        }
                        case "string" -> {
                            if (format.equals("date")) {
                                coercible.add(F.arrayNode().add(2020).add(1).add(1));
                                coercible.add(F.numberNode(18000));
                            } else if (format.equals("date-time")) {
                                coercible.add(F.numberNode(1_600_000_000L));
                            } else if (!format.equals("binary")) {
                                coercible.add(F.numberNode(12345));
                                coercible.add(F.booleanNode(true));
                            }
                        }
                        default -> {
                        }
                    }
                }
                for (JsonNode value : coercible) {
                    ObjectNode c = base.deepCopy();
                    c.set(name, value);
                    out.add(raw("body-coercion", value.getNodeType().name().toLowerCase() + " " + value + " for " + type + " " + field,
                            c.toString(), true));
                }
                if (format.equals("date") || format.equals("date-time")) {
                    ObjectNode c = base.deepCopy();
                    c.put(name, format.equals("date") ? "0000-01-01" : "0000-01-01T00:00:00Z");
                    out.add(raw("body-boundary", "year 0 " + field, c.toString(), true));
                }
            }
            if (type.equals("integer")) {
                ObjectNode f = base.deepCopy();
                f.put(name, 1.5);
                out.add(raw("body-type", "fraction for integer " + field, f.toString(), true));
                f = base.deepCopy();
                f.set(name, F.numberNode(new java.math.BigInteger("99999999999999999999999")));
                out.add(raw("body-boundary", "integer overflow " + field, f.toString(), true));
            }
            if (ps.has("minimum")) {
                ObjectNode f = base.deepCopy();
                f.put(name, ps.get("minimum").asLong() - 1);
                out.add(raw("body-boundary", "below minimum " + field, f.toString(), true));
            }
            if (ps.has("maximum")) {
                ObjectNode f = base.deepCopy();
                f.put(name, ps.get("maximum").asLong() + 1);
                out.add(raw("body-boundary", "above maximum " + field, f.toString(), true));
            }
            if (ps.has("enum")) {
                ObjectNode f = base.deepCopy();
                f.put(name, "khong-co-gia-tri-nay");
                out.add(raw("body-enum", "unknown enum " + field, f.toString(), true));
            }
            if (type.equals("string") && !ps.has("enum")) {
                String format = ps.path("format").asText("");
                if (ps.has("maxLength")) {
                    ObjectNode f = base.deepCopy();
                    f.put(name, "ệ".repeat(ps.get("maxLength").asInt() + 1));
                    out.add(raw("body-boundary", "over maxLength " + field, f.toString(), true));
                } else if (format.isEmpty()) {
                    ObjectNode f = base.deepCopy();
                    f.put(name, "ệ".repeat(20_000));
                    out.add(raw("body-boundary", "20k characters " + field, f.toString(), false));
                }
                if (!format.isEmpty()) {
                    ObjectNode f = base.deepCopy();
                    f.put(name, format.startsWith("date") ? "2020-02-30" : "không-hợp-lệ ../");
                    out.add(raw("body-type", "bad " + format + " " + field, f.toString(), true));
                } else {
                    if (isRequired || ps.has("pattern") || ps.path("minLength").asInt(0) > 0) {
                        ObjectNode f = base.deepCopy();
                        f.put(name, ZERO_WIDTH_ONLY);
                        out.add(raw("body-unicode", "zero-width only " + field, f.toString(), true));
                        f = base.deepCopy();
                        f.put(name, FORMAT_ONLY);
                        out.add(raw("body-unicode", "format characters only " + field, f.toString(), true));
                        f = base.deepCopy();
                        f.put(name, "   ");
                        out.add(raw("body-required", "blank " + field, f.toString(), true));
                    }
                    ObjectNode nul = base.deepCopy();
                    nul.put(name, NUL_INSIDE);
                    out.add(raw("body-unicode", "NUL character " + field, nul.toString(), true));
                    if (depth == 0) {
                        ObjectNode f = base.deepCopy();
                        f.put(name, NFD);
                        out.add(raw("body-unicode", "decomposed diacritics " + field, f.toString(), false));
                        f = base.deepCopy();
                        f.put(name, ZERO_WIDTH_INSIDE);
                        out.add(raw("body-unicode", "zero-width inside " + field, f.toString(), false));
                        for (var inj : INJECTIONS.entrySet()) {
                            f = base.deepCopy();
                            f.put(name, inj.getValue());
                            out.add(raw("body-injection", inj.getKey() + " " + field, f.toString(), false));
                        }
                    }
                }
            }
            if (type.equals("array")) {
                JsonNode items = spec.schema(ps.path("items"));
                if (ps.has("maxItems")) {
                    ObjectNode f = base.deepCopy();
                    ArrayNode a = f.putArray(name);
                    for (int i = 0; i <= ps.get("maxItems").asInt(); i++) {
                        a.add(valid(items, name, 1));
                    }
                    out.add(raw("body-boundary", "over maxItems " + field, f.toString(), true));
                }
                ObjectNode f = base.deepCopy();
                f.putArray(name).addNull();
                out.add(raw("body-type", "null item " + field, f.toString(), true));
                if (OpenApiSpec.type(items).equals("object") && depth < 1) {
                    ObjectNode item = (ObjectNode) valid(items, name, 1);
                    List<BodyVariant> nested = new ArrayList<>();
                    propertyVariants(items, item, field + "[0].", nested, depth + 1);
                    for (BodyVariant n : nested) {
                        ObjectNode g = base.deepCopy();
                        try {
                            g.putArray(name).add(JSON.readTree(n.body()));
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                        out.add(new BodyVariant(n.category(), n.what(), utf8(g.toString()), n.contentType(), n.mustReject()));
                    }
                }
            }
            if (type.equals("object") && depth < 1 && base.get(name) instanceof ObjectNode nestedBase) {
                List<BodyVariant> nested = new ArrayList<>();
                propertyVariants(ps, nestedBase, field + ".", nested, depth + 1);
                for (BodyVariant n : nested) {
                    ObjectNode g = base.deepCopy();
                    try {
                        g.set(name, JSON.readTree(n.body()));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    out.add(new BodyVariant(n.category(), n.what(), utf8(g.toString()), n.contentType(), n.mustReject()));
                }
            }
        }
    }

    private static BodyVariant raw(String category, String what, String body, boolean mustReject) {
        return new BodyVariant(category, what, utf8(body), "application/json", mustReject);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ parameters

    record ParamVariant(String category, String what, String value, boolean mustReject) {
    }

    /** Invalid values of a query parameter, as raw (not yet encoded) strings. */
    List<ParamVariant> queryVariants(OpenApiSpec.Param p) {
        List<ParamVariant> out = new ArrayList<>();
        JsonNode s = spec.schema(p.schema());
        String type = OpenApiSpec.type(s);
        String n = p.name();
        switch (type) {
            case "integer", "number" -> {
                out.add(new ParamVariant("query", n + "=abc", "abc", true));
                if (type.equals("integer")) {
                    out.add(new ParamVariant("query", n + "=1.5", "1.5", true));
                }
                out.add(new ParamVariant("query", n + " overflow", "99999999999999999999999", true));
                if (s.has("minimum")) {
                    out.add(new ParamVariant("query", n + " below minimum", String.valueOf(s.get("minimum").asLong() - 1), true));
                }
                if (s.has("maximum")) {
                    out.add(new ParamVariant("query", n + " above maximum", String.valueOf(s.get("maximum").asLong() + 1), true));
                }
            }
            case "boolean" -> out.add(new ParamVariant("query", n + "=có lẽ", "có lẽ", true));
            case "array" -> {
                JsonNode items = spec.schema(s.path("items"));
                if (items.has("enum")) {
                    out.add(new ParamVariant("query", n + " unknown enum item", "khong-co", true));
                }
            }
            default -> {
                if (s.has("enum")) {
                    out.add(new ParamVariant("query", n + " unknown enum", "khong-co-gia-tri-nay", true));
                } else if (s.path("format").asText("").startsWith("date")) {
                    out.add(new ParamVariant("query", n + " impossible date", "2020-02-30", true));
                    out.add(new ParamVariant("query", n + " not a date", "hôm qua", true));
                } else if (s.path("format").asText("").equals("uuid")) {
                    out.add(new ParamVariant("query", n + " not a uuid", "khong-phai-uuid", true));
                } else {
                    for (var inj : INJECTIONS.entrySet()) {
                        out.add(new ParamVariant("query-injection", n + " " + inj.getKey(), inj.getValue(), false));
                    }
                    out.add(new ParamVariant("query-unicode", n + " decomposed diacritics", NFD, false));
                    out.add(new ParamVariant("query-unicode", n + " zero-width only", ZERO_WIDTH_ONLY, false));
                    out.add(new ParamVariant("query-unicode", n + " format characters only", FORMAT_ONLY, false));
                    out.add(new ParamVariant("query-unicode", n + " NUL character", NUL_INSIDE, true));
                    // 300 characters (2.7 kB encoded): longer than any text filter takes, yet within the 4 kB request line the
                    // HTTP server reads before it drops the connection (a client then sees a broken pipe, not an answer)
                    out.add(new ParamVariant("query-boundary", n + " 300 characters", "ệ".repeat(300), false));
                }
            }
        }
        return out;
    }

    /** Invalid values of a path parameter (raw, to be encoded), all of which must be refused (400 or 404). */
    static List<ParamVariant> pathVariants(OpenApiSpec.Param p) {
        List<ParamVariant> out = new ArrayList<>();
        String n = p.name();
        if (n.equals("year")) {
            out.add(new ParamVariant("path", n + "=abc", "abc", true));
            out.add(new ParamVariant("path", n + " overflow", "99999999999999999999", true));
            out.add(new ParamVariant("path", n + "=-1", "-1", true));
            return out;
        }
        // a username (Keycloak's) is free text that the API cannot look up: a uuid-like one is a valid name
        boolean freeText = n.equals("username");
        out.add(new ParamVariant("path", n + " unknown uuid", "00000000-0000-4000-8000-000000000000", !freeText));
        out.add(new ParamVariant("path", n + " not a uuid", "khong-phai-uuid", !freeText));
        out.add(new ParamVariant("path", n + " SQL injection", "1' OR '1'='1", true));
        out.add(new ParamVariant("path", n + " path traversal", "..%2F..%2Fetc%2Fpasswd", true));
        out.add(new ParamVariant("path", n + " 2000 characters", "a".repeat(2000), true));
        out.add(new ParamVariant("path", n + " zero-width", ZERO_WIDTH_ONLY, true));
        out.add(new ParamVariant("path", n + " NUL character", NUL_INSIDE, true));
        return out;
    }

    static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Map<String, String> headers(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
