package vn.lhh.notification;

import static vn.lhh.notification.NotificationTestSupport.inTransaction;
import static vn.lhh.notification.NotificationTestSupport.message;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.notification.service.NotificationService;
import vn.lhh.testsupport.Mailboxes;

/**
 * Not part of the suite (the name does not end in Test): deploy/bench/notifications.sh runs it. Measures, against the
 * test stack's real SMTP server (GreenMail) and PostgreSQL, (1) the dispatcher's throughput: N notifications written
 * in one transaction, time until the last one is in its mailbox; (2) the time from a triggering write's commit to
 * the mail being readable over IMAP, one at a time. Sizes: -Dlhh.bench.mails (500), -Dlhh.bench.latency-samples (20).
 */
@QuarkusTest
class NotificationDispatchBench {
    @Inject
    NotificationService notifications;

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("lhh.bench.mails", 500);
        int samples = Integer.getInteger("lhh.bench.latency-samples", 20);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "bench-" + run + "@example.vn";

        long t0 = System.nanoTime();
        inTransaction(() -> {
            for (int i = 0; i < n; i++) {
                notifications.notifyAddress(address, NotificationKind.SYSTEM_MESSAGE, "bench:" + run + ":" + i,
                        message("Thư đo hiệu năng số " + i + " " + run, "Nội dung có dấu tiếng Việt."), "/bench/" + i);
            }
            return null;
        });
        long written = System.nanoTime();
        int delivered = 0;
        while (System.nanoTime() - written < Duration.ofMinutes(10).toNanos()) {
            delivered = countSent("bench:" + run + ":%");
            if (delivered >= n) {
                break;
            }
            Thread.sleep(100);
        }
        long done = System.nanoTime();
        int inMailbox = Mailboxes.messages(address).size();
        double seconds = (done - written) / 1e9;

        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String m = run + "-l" + i;
            String to = "latency-" + m + "@example.vn";
            long start = System.nanoTime();
            inTransaction(() -> notifications.notifyAddress(to, NotificationKind.SYSTEM_MESSAGE, "bench-latency:" + m,
                    message("Đo độ trễ " + m, "x"), null));
            long committed = System.nanoTime();
            while (Mailboxes.messages(to).isEmpty()) {
                if (System.nanoTime() - committed > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException("no mail to " + to + " within 60 s");
                }
                Thread.sleep(20);
            }
            latencies.add((System.nanoTime() - committed) / 1e6);
            if (i == 0) {
                System.out.printf(Locale.ROOT, "BENCH first write took %.1f ms%n", (committed - start) / 1e6);
            }
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "BENCH write of %d notifications in one transaction: %.0f ms%n", n, (written - t0) / 1e6);
        System.out.printf(Locale.ROOT, "BENCH throughput: %d mails sent in %.2f s = %.1f mails/s (%d read back over IMAP)%n",
                delivered, seconds, delivered / seconds, inMailbox);
        double[] span = sendingSpan("bench:" + run + ":%");
        System.out.printf(Locale.ROOT, "BENCH dispatch rate between the first and the last mail sent: %d mails in %.2f s = %.1f mails/s%n",
                delivered, span[0], span[0] > 0 ? (delivered - 1) / span[0] : Double.NaN);
        System.out.printf(Locale.ROOT, "BENCH write-to-mailbox latency over %d samples: min %.0f ms, p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                samples, latencies.get(0), percentile(latencies, 0.50), percentile(latencies, 0.95), latencies.get(samples - 1));
        System.out.printf(Locale.ROOT, "BENCH settings: dispatch every %s, batch %s per tick%n",
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("lhh.notifications.dispatch-every", String.class),
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("lhh.notifications.batch-size", String.class));
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** Seconds between the first and the last sent_at of the rows. */
    private static double[] sendingSpan(String keyPattern) {
        try (var c = NotificationTestSupport.db(); var s = c.prepareStatement(
                "SELECT extract(epoch FROM max(sent_at) - min(sent_at)) FROM notification WHERE occurrence_key LIKE ? AND delivery_status = 'sent'")) {
            s.setString(1, keyPattern);
            try (var r = s.executeQuery()) {
                r.next();
                return new double[] {r.getDouble(1)};
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int countSent(String keyPattern) {
        try (var c = NotificationTestSupport.db();
             var s = c.prepareStatement("SELECT count(*) FROM notification WHERE occurrence_key LIKE ? AND delivery_status = 'sent'")) {
            s.setString(1, keyPattern);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
