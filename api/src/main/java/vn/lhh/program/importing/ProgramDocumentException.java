package vn.lhh.program.importing;

/** A document that cannot be a program: says which line and why (a message key with arguments). */
public class ProgramDocumentException extends RuntimeException {
    private final int line;
    private final String messageKey;
    private final Object[] args;

    public ProgramDocumentException(int line, String messageKey, Object... args) {
        super("line " + line + ": " + messageKey, null, false, false);
        this.line = line;
        this.messageKey = messageKey;
        this.args = args;
    }

    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
