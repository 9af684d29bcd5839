package vn.lhh.common.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.text.InputText;
import vn.lhh.common.text.SearchText;

/** Checks every upload the same way: by its content (never its name or declared type), its size and its name. */
public final class Uploads {
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Uploads() {
    }

    /** A checked upload: its clean name, the type its content proves, its SHA-256. */
    public record Checked(String fileName, String contentType, String sha256, byte[] content) {
    }

    /**
     * Refuses an empty or oversize body, a type outside {@code allowed} (detail message key
     * {@code unsupportedKey}) and an unsafe name.
     */
    public static Checked check(String fileName, byte[] content, int maxBytes, Set<String> allowed, String unsupportedKey) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("body", "validation.file-empty");
        }
        if (content.length > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.detail", maxBytes);
        }
        String type = sniff(content);
        if (type == null || !allowed.contains(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, unsupportedKey);
        }
        // checked before cleaning, which would strip them: a name that hides its real end (U+202E shows
        // "evil[U+202E]fdp.exe" as "evilexe.pdf") is refused, not repaired
        if (InputText.hasFormatCharacter(fileName)) {
            throw ProblemException.invalidField("fileName", "validation.file-name-format-character");
        }
        String name = SearchText.cleanOptional(fileName);
        if (name == null || name.length() > 255 || name.contains("/") || name.contains("\\") || name.startsWith(".")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidField("fileName", "validation.file-name");
        }
        return new Checked(withExtensionOf(type, name), type, sha256(content), content);
    }

    /**
     * The name as stored and served: its extension says what the content was checked to be, so that a PDF named
     * "poly.html" is not offered as a web page ("poly.html.pdf"); a name with a right extension (any case) is kept.
     */
    static String withExtensionOf(String type, String name) {
        List<String> extensions = switch (type) {
            case PDF -> List.of(".pdf");
            case PNG -> List.of(".png");
            case JPEG -> List.of(".jpg", ".jpeg");
            case DOCX -> List.of(".docx");
            default -> List.of();
        };
        String lower = name.toLowerCase(Locale.ROOT);
        if (extensions.isEmpty() || extensions.stream().anyMatch(lower::endsWith)) {
            return name;
        }
        String extension = extensions.get(0);
        // within the 255 characters a name may have
        String stem = name.length() + extension.length() > 255 ? name.substring(0, 255 - extension.length()) : name;
        return stem + extension;
    }

    /** The type the bytes prove: PDF, PNG, JPEG or a Word (OOXML) document; null for anything else. */
    public static String sniff(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (starts(b, new byte[] {'P', 'K', 3, 4}) && isWordDocument(b)) {
            return DOCX;
        }
        return null;
    }

    /** A ZIP is a Word document when it holds [Content_Types].xml and word/document.xml. */
    private static boolean isWordDocument(byte[] b) {
        boolean types = false;
        boolean document = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 1000) {
                types |= e.getName().equals("[Content_Types].xml");
                document |= e.getName().equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return types && document;
    }

    private static boolean starts(byte[] b, byte[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int k = 0; k < magic.length; k++) {
            if (b[k] != magic[k]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
