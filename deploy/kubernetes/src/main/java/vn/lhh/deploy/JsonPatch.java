package vn.lhh.deploy;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** RFC 6902 JSON patch: the operations add, remove, replace and test (what Kustomize overlays use). */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode doc, ArrayNode ops, String where) {
        for (JsonNode op : ops) {
            String kind = op.path("op").asString();
            String path = op.path("path").asString();
            List<String> tokens = pointer(path, where);
            if (tokens.isEmpty()) {
                throw new ManifestException(where + ": patching the whole document is not supported");
            }
            JsonNode parent = doc;
            for (String t : tokens.subList(0, tokens.size() - 1)) {
                parent = child(parent, t, path, where);
            }
            String last = tokens.get(tokens.size() - 1);
            switch (kind) {
                case "add" -> add(parent, last, value(op, where), path, where);
                case "replace" -> {
                    child(parent, last, path, where);
                    set(parent, last, value(op, where), path, where);
                }
                case "remove" -> {
                    child(parent, last, path, where);
                    if (parent instanceof ObjectNode o) {
                        o.remove(last);
                    } else {
                        ((ArrayNode) parent).remove(index(last, path, where));
                    }
                }
                case "test" -> {
                    if (!child(parent, last, path, where).equals(value(op, where))) {
                        throw new ManifestException(where + ": test failed at " + path);
                    }
                }
                default -> throw new ManifestException(where + ": JSON patch op '" + kind + "' is not supported");
            }
        }
    }

    private static JsonNode value(JsonNode op, String where) {
        if (!op.has("value")) {
            throw new ManifestException(where + ": op " + op.path("op").asString() + " needs a value");
        }
        return op.get("value").deepCopy();
    }

    private static List<String> pointer(String path, String where) {
        if (!path.startsWith("/")) {
            throw new ManifestException(where + ": JSON pointer must start with '/': " + path);
        }
        List<String> out = new ArrayList<>();
        for (String t : path.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static JsonNode child(JsonNode parent, String token, String path, String where) {
        JsonNode c = parent.isArray() ? parent.get(index(token, path, where)) : parent.get(token);
        if (c == null) {
            throw new ManifestException(where + ": path " + path + " does not exist");
        }
        return c;
    }

    private static int index(String token, String path, String where) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new ManifestException(where + ": '" + token + "' in " + path + " is not a list index");
        }
    }

    private static void add(JsonNode parent, String last, JsonNode value, String path, String where) {
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            if ("-".equals(last)) {
                a.add(value);
            } else {
                a.insert(index(last, path, where), value);
            }
        } else {
            throw new ManifestException(where + ": cannot add below a scalar at " + path);
        }
    }

    private static void set(JsonNode parent, String last, JsonNode value, String path, String where) {
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            ((ArrayNode) parent).set(index(last, path, where), value);
        }
    }
}
