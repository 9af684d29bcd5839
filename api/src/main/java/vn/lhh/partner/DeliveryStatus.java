package vn.lhh.partner;

/** pending (queued or waiting for a retry) → succeeded, or failed after the last attempt; cancelled when the partner no longer takes webhooks. */
public enum DeliveryStatus {
    pending, succeeded, failed, cancelled
}
