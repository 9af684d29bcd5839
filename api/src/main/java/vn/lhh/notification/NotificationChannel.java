package vn.lhh.notification;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a user wants one kind of notification: the inbox, e-mail, both, or nowhere. */
public enum NotificationChannel {
    IN_APP("in_app"), EMAIL("email"), BOTH("both"), NONE("none");

    private final String code;

    NotificationChannel(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean inApp() {
        return this == IN_APP || this == BOTH;
    }

    public boolean email() {
        return this == EMAIL || this == BOTH;
    }

    public static NotificationChannel ofCode(String code) {
        for (NotificationChannel c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
