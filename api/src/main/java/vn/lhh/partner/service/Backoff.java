package vn.lhh.partner.service;

import java.time.Duration;

/** Retry policy of webhook deliveries: base × 2^(n−1) after the n-th failed attempt, at most cap; failed after maxAttempts. */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

    /** The wait after the given number of failed attempts (1 = the first). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration d = base.multipliedBy(1L << doublings);
        return d.compareTo(cap) > 0 ? cap : d;
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
