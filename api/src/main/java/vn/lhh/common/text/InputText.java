package vn.lhh.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Every text read from a JSON request body, once, for every feature: Unicode NFC (Vietnamese typed on a Mac or
 * pasted from some office documents arrives decomposed, "Hội" as "Hội", and would neither equal nor sort with the
 * composed form) and without zero-width characters (U+200B–U+200D, U+FEFF), which are invisible and so let a
 * required field that looks empty pass {@code @NotBlank}. Leading and trailing spaces are kept: {@code @NotBlank}
 * and the features' own trimming decide about them.
 */
@Singleton
public class InputText implements ObjectMapperCustomizer {
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\uFEFF]");

    /** The text as the API keeps it: NFC, no zero-width characters; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return ZERO_WIDTH.matcher(nfc).find() ? ZERO_WIDTH.matcher(nfc).replaceAll("") : nfc;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("lhh-input-text").addDeserializer(String.class, new Deserializer()));
        // Strict JSON: "{...} garbage" and 50.5 for an integer are refused (400), not silently cut short
        mapper.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Jackson's own String deserializer (same coercion rules), then {@link #normalize}. */
    static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return normalize(super.deserialize(p, ctxt));
        }
    }
}
