package vn.lhh.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import vn.lhh.common.json.RefusedValueException;
import vn.lhh.common.json.StrictJson;

/**
 * Every text read from a JSON request body, once, for every feature: Unicode NFC (Vietnamese typed on a Mac or
 * pasted from some office documents arrives decomposed, "Hội" as "Hội", and would neither equal nor sort with the
 * composed form) and without format characters (Unicode category Cf: zero-width spaces and joiners, U+2060 word
 * joiner, U+00AD soft hyphen, U+180E, the bidirectional marks and overrides such as U+202E, U+FEFF...). They are
 * invisible, so they let a required field that looks empty pass {@code @NotBlank}, make two equal-looking names
 * differ, and U+202E makes "evil[U+202E]fdp.exe" show as "evilexe.pdf". None is meaningful in this API's text: Vietnamese
 * needs no joiner (the only loss is emoji sequences drawn with U+200D, which fall apart into their emoji), and no
 * right-to-left script is written here. They are stripped from all free text (names, titles, bodies alike: one rule,
 * in one place), and refused in file names ({@code Uploads}).
 * A NUL character (U+0000) is refused with a 400 naming the field: PostgreSQL cannot store it, and no text has one.
 * Leading and trailing spaces are kept: {@code @NotBlank} and the features' own trimming decide about them.
 * The mapper's other rules (no type coercion, dates in range) are in {@link StrictJson}.
 */
@Singleton
public class InputText implements ObjectMapperCustomizer {
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");

    /** The text as the API keeps it: NFC, no format (Cf) characters; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return FORMAT.matcher(nfc).find() ? FORMAT.matcher(nfc).replaceAll("") : nfc;
    }

    /** Whether the text holds a format (Cf) character, e.g. a bidirectional override. */
    public static boolean hasFormatCharacter(String text) {
        return text != null && FORMAT.matcher(text).find();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("lhh-input-text").addDeserializer(String.class, new Deserializer()));
        // Strict JSON: "{...} garbage" is refused (400), not silently cut short
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        StrictJson.apply(mapper);
    }

    /** Jackson's own String deserializer (same coercion rules), then {@link #normalize}; a NUL is refused. */
    static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new RefusedValueException(p, String.class, "validation.nul-character");
            }
            return normalize(text);
        }
    }
}
