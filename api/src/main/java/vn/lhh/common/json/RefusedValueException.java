package vn.lhh.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the API refuses for a reason of its own (a NUL character, a date outside its range): the problem
 * mapper answers 400 naming the field (Jackson adds the path while the exception leaves the body) with the message
 * {@code messageKey}, in the caller's language.
 */
public class RefusedValueException extends MismatchedInputException {
    private final String messageKey;
    private final transient Object[] args;

    public RefusedValueException(JsonParser p, Class<?> targetType, String messageKey, Object... args) {
        super(p, messageKey, targetType);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }
}
