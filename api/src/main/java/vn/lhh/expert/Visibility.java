package vn.lhh.expert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may see a group of a profile's fields: everyone, partner unions too, or only the union office and the expert. */
@Schema(name = "Visibility", type = SchemaType.STRING, enumeration = {"public", "partners", "internal"})
public enum Visibility {
    PUBLIC("public"), PARTNERS("partners"), INTERNAL("internal");

    private final String apiName;

    Visibility(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    @JsonCreator
    public static Visibility of(String s) {
        for (Visibility v : values()) {
            if (v.apiName.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("one of public, partners, internal");
    }

    /** Whether an audience that reaches this far sees a group marked {@code group}. */
    public boolean covers(Visibility group) {
        return group.ordinal() <= ordinal();
    }

    /** Stored under its API name. */
    @Converter
    public static class Column implements AttributeConverter<Visibility, String> {
        @Override
        public String convertToDatabaseColumn(Visibility v) {
            return v == null ? null : v.apiName;
        }

        @Override
        public Visibility convertToEntityAttribute(String s) {
            return s == null ? null : of(s);
        }
    }
}
