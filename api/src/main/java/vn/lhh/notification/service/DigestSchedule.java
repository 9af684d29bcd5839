package vn.lhh.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When the daily digest goes out: once a day at lhh.notifications.digest-at, in the province's time zone. */
@ApplicationScoped
public class DigestSchedule {
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    @ConfigProperty(name = "lhh.notifications.digest-at", defaultValue = "07:00")
    LocalTime digestAt;

    /** The next digest time strictly after {@code now}: rows queued for the digest wait until then. */
    public Instant nextDigestAt(Instant now) {
        ZonedDateTime local = now.atZone(PROVINCE);
        ZonedDateTime at = local.with(digestAt).withSecond(0).withNano(0);
        if (!at.isAfter(local)) {
            at = at.plusDays(1);
        }
        return at.toInstant();
    }
}
