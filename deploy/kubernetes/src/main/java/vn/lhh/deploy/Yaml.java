package vn.lhh.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Reading and writing (multi-document) YAML as Jackson trees. */
public final class Yaml {

    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Yaml() {
    }

    /** All non-empty documents of a YAML text. */
    public static List<JsonNode> readAll(String text, String source) {
        List<JsonNode> docs = new ArrayList<>();
        // one tree per document (readValues would unwrap a document that is a list, such as a JSON patch)
        try (JsonParser p = YAML.createParser(text)) {
            while (p.nextToken() != null) {
                JsonNode doc = YAML.readTree(p);
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (RuntimeException e) {
            throw new ManifestException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    public static List<JsonNode> readAll(Path file) {
        try {
            return readAll(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ManifestException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Objects only: every document must be a mapping. */
    public static List<ObjectNode> readObjects(Path file) {
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode doc : readAll(file)) {
            if (!doc.isObject()) {
                throw new ManifestException(file + ": every document must be a mapping, found " + doc.getNodeType());
            }
            objects.add((ObjectNode) doc);
        }
        return objects;
    }

    public static String write(List<? extends JsonNode> docs) {
        StringBuilder out = new StringBuilder();
        for (JsonNode doc : docs) {
            out.append("---\n").append(YAML.writeValueAsString(doc));
        }
        return out.toString();
    }
}
