package vn.lhh.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.lhh.common.time.DatesOfRecord;

/**
 * JSON bodies are read as written, never converted (issue #22): a value of the wrong JSON type is a 400 naming the
 * field, where Jackson by default turns {@code true} or {@code 12345} into the text "true"/"12345", {@code "12"}
 * into 12, {@code "true"} into true, {@code 0} into the first constant of an enum, {@code 1.0} into 1,
 * {@code [2020,1,1]} or {@code 18000} (days since 1970) into a date. Dates and instants must be JSON strings in
 * ISO 8601 within {@link DatesOfRecord}'s years. An empty string for a date stays "no date" (an HTML date input
 * that was cleared sends it, and it cannot be mistaken for a value). Applied by {@code InputText}, the API's one
 * {@code ObjectMapperCustomizer}.
 */
public final class StrictJson {
    private StrictJson() {
    }

    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: Quarkus hands the customizers a built one
    public static void apply(ObjectMapper mapper) {
        // "12" for a number, "true" for a boolean, 1 for a boolean, "" for a number: refused
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // numbers and booleans for text (Jackson's default converts them whatever the setting above says)
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        // dates: whatever deserializer the Java time module gives, wrapped (so the modules' order does not matter)
        mapper.registerModule(new SimpleModule("lhh-strict-json").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class
                        ? new DateOfRecord(deserializer) : deserializer;
            }
        }));
    }

    /** An ISO 8601 string within the years of record, read by the Java time module's own deserializer. */
    static final class DateOfRecord extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        DateOfRecord(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new DateOfRecord(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            Object value = _delegatee.deserialize(p, ctxt);
            boolean inRange = value instanceof LocalDate d ? DatesOfRecord.inRange(d)
                    : value instanceof Instant i ? DatesOfRecord.inRange(i)
                    : !(value instanceof OffsetDateTime t) || DatesOfRecord.inRange(t);
            if (!inRange) {
                throw new RefusedValueException(p, handledType(), "validation.date-range", DatesOfRecord.MIN, DatesOfRecord.MAX);
            }
            return value;
        }
    }
}
