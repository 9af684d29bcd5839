package vn.lhh.news;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who may read a published post. public: everyone, anonymous callers too; members: any signed-in
 * caller (association officers, experts, judges, partners…); internal: the union's office (staff, admin).
 * The API and the database spell them "public", "members", "internal" ("public" is a Java keyword).
 */
public enum PostAudience {
    PUBLIC("public"), MEMBERS("members"), INTERNAL("internal");

    public static final String[] API_NAMES = {"public", "members", "internal"};

    public final String apiName;

    PostAudience(String apiName) {
        this.apiName = apiName;
    }

    public static Optional<PostAudience> of(String apiName) {
        return Arrays.stream(values()).filter(a -> a.apiName.equals(apiName)).findFirst();
    }

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<PostAudience, String> {
        @Override
        public String convertToDatabaseColumn(PostAudience a) {
            return a == null ? null : a.apiName;
        }

        @Override
        public PostAudience convertToEntityAttribute(String s) {
            return s == null ? null : of(s).orElseThrow(() -> new IllegalStateException("audience " + s));
        }
    }
}
