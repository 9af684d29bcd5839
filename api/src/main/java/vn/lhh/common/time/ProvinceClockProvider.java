package vn.lhh.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/** Bean Validation's "past" and "future" (e.g. a congress's held date) are judged by the province's day. */
@ApplicationScoped
public class ProvinceClockProvider implements ClockProvider {
    @Override
    public Clock getClock() {
        return Clock.system(ProvinceClock.ZONE);
    }
}
