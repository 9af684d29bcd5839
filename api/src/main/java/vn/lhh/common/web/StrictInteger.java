package vn.lhh.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * An integer that must be written as a JSON integer: Jackson by default accepts 7.5 (truncated to 7)
 * and "8" for an int, which would silently change a score. Use with
 * {@code @JsonDeserialize(contentUsing = StrictInteger.class)} on a map or list, or {@code using} on a field.
 */
public class StrictInteger extends JsonDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
    }
}
