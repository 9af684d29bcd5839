package vn.lhh.partner.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.text.SearchText;
import vn.lhh.partner.Partner;
import vn.lhh.partner.PartnerBulletin;
import vn.lhh.partner.PartnerPullState;
import vn.lhh.partner.PartnerRepository;
import vn.lhh.partner.dto.PartnerDtos.PullStatusDto;

/**
 * Reads the bulletin feed of partners running this same software: a client-credentials token
 * from the partner's Keycloak, then GET {baseUrl}/api/v1/bulletin-feed from the stored cursor,
 * page by page, upserting what it says into partner_bulletin. One pull per partner at a time
 * across instances (a transaction-level advisory lock); the entries read and the cursor commit
 * together, so a failure halfway keeps the pages already read and the next pull goes on from there.
 */
@ApplicationScoped
public class PartnerPullService {
    private static final Logger LOG = Logger.getLogger(PartnerPullService.class);
    /** The advisory lock's first key ("LHP"), the partner's id hashed is the second. */
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final int MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

    /** How far a notification's timestamp may be from now (Standard Webhooks' usual five minutes). */
    private static final Duration NOTIFICATION_TOLERANCE = Duration.ofMinutes(5);

    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService notifications = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "partner-notified-pulls");
        t.setDaemon(true);
        return t;
    });

    @Inject
    PartnerRepository repo;
    @Inject
    Outbound outbound;
    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "lhh.partner.pull.timeout")
    Duration timeout;
    @ConfigProperty(name = "lhh.partner.pull.page-size")
    int pageSize;
    @ConfigProperty(name = "lhh.partner.pull.max-pages")
    int maxPages;

    /** A pull that could not finish; its message is kept as the partner's last pull error. */
    static final class PullFailure extends Exception {
        PullFailure(String message) {
            super(message, null, false, false);
        }
    }

    @Scheduled(identity = "partner-pull", every = "${lhh.partner.pull.every}", delayed = "${lhh.partner.pull.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pullScheduled() {
        for (UUID id : QuarkusTransaction.requiringNew().call(repo::scheduledPulls)) {
            try {
                pull(id, false);
            } catch (RuntimeException e) {
                LOG.errorf(e, "pulling partner %s failed", id);
            }
        }
    }

    /**
     * A webhook from the partner (to /partners/{id}/notifications): when its Standard Webhooks
     * signature checks out with the notification secret the partner gave, a pull is queued (401
     * otherwise; 404 when the partner takes no notifications). The body is not trusted: the pull reads the feed.
     */
    public void notified(UUID partnerId, String id, String timestamp, String signature, String body) {
        Partner p = repo.findById(partnerId);
        if (p == null || !p.active || !p.pulls() || p.pullNotificationSecret == null) {
            throw ProblemException.notFound("partner", partnerId);
        }
        if (!WebhookSignature.verify(p.pullNotificationSecret, id, timestamp, body, signature, Instant.now(), NOTIFICATION_TOLERANCE)) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "problem.unauthorized.webhook-signature");
        }
        // one queued pull per partner however many notifications arrive meanwhile
        if (queued.add(partnerId)) {
            notifications.execute(() -> {
                queued.remove(partnerId);
                try {
                    pull(partnerId, true);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "pulling partner %s after its notification failed", partnerId);
                }
            });
        }
    }

    @PreDestroy
    void stopNotifications() {
        notifications.shutdownNow();
    }

    /** Pulls now (staff): waits for a pull of the same partner already running, then pulls what is new. */
    public PullStatusDto pullNow(UUID partnerId) {
        Partner p = QuarkusTransaction.requiringNew().call(() -> repo.findById(partnerId));
        if (p == null) {
            throw ProblemException.notFound("partner", partnerId);
        }
        if (!p.pulls()) {
            throw ProblemException.conflict("problem.conflict.partner-no-pull");
        }
        return pull(partnerId, true);
    }

    public PullStatusDto status(UUID partnerId) {
        return dto(partnerId, repo.findRow(PartnerPullState.class, partnerId));
    }

    /** Null when skipped (another instance is pulling this partner and wait is false). */
    @WithSpan("partner.pull")
    PullStatusDto pull(@SpanAttribute("lhh.partner.id") UUID partnerId, boolean wait) {
        int seconds = (int) Math.min(3600, timeout.toSeconds() * (maxPages + 1) + 30);
        return QuarkusTransaction.requiringNew().timeout(seconds).call(() -> {
            if (!lock(partnerId, wait)) {
                return null;
            }
            Partner p = repo.findById(partnerId);
            if (p == null || !p.pulls()) {
                return null;
            }
            PartnerPullState state = repo.findRow(PartnerPullState.class, partnerId);
            if (state == null) {
                state = new PartnerPullState();
                state.partnerId = partnerId;
                repo.persistRow(state);
            }
            state.lastAttemptAt = Instant.now();
            int count = 0;
            try {
                String token = token(p);
                for (int page = 0; page < maxPages; page++) {
                    JsonNode feed = feedPage(p, token, state.cursor);
                    List<JsonNode> items = new ArrayList<>();
                    feed.path("items").forEach(items::add);
                    for (JsonNode item : items) {
                        upsert(p, item);
                        count++;
                    }
                    String next = feed.path("nextCursor").asText(null);
                    if (next != null) {
                        state.cursor = checkedCursor(next);
                    }
                    if (!feed.path("hasMore").asBoolean(false) || items.isEmpty()) {
                        break;
                    }
                }
                state.lastStatus = PartnerPullState.Status.ok;
                state.lastError = null;
                state.lastSuccessAt = Instant.now();
            } catch (PullFailure e) {
                state.lastStatus = PartnerPullState.Status.failed;
                state.lastError = e.getMessage().length() > 1000 ? e.getMessage().substring(0, 1000) : e.getMessage();
                LOG.infof("pulling partner %s: %s", partnerId, state.lastError);
            }
            state.lastCount = count;
            repo.flush();
            return dto(partnerId, state);
        });
    }

    private boolean lock(UUID partnerId, boolean wait) {
        if (wait) {
            repo.lockPull(partnerId);
            return true;
        }
        return repo.tryLockPull(partnerId);
    }

    /** A token per pull: pulls are minutes apart, so caching would save little and keep secrets in memory. */
    private String token(Partner p) throws PullFailure {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(p.pullClientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(p.pullClientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target(p.pullTokenUrl)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode body = call(request, "token endpoint");
        String token = body.path("access_token").asText(null);
        if (token == null || token.isBlank()) {
            throw new PullFailure("token endpoint: no access_token in the answer");
        }
        return token;
    }

    private JsonNode feedPage(Partner p, String token, String cursor) throws PullFailure {
        String url = p.pullBaseUrl + "/api/v1/bulletin-feed?size=" + pageSize
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(target(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return call(request, "feed");
    }

    private URI target(String url) throws PullFailure {
        URI uri = Outbound.parse(url);
        if (uri == null) {
            throw new PullFailure("not an http(s) URL: " + url);
        }
        String refusal = outbound.refusal(uri);
        if (refusal != null) {
            throw new PullFailure("refused: " + refusal);
        }
        return uri;
    }

    private JsonNode call(HttpRequest request, String what) throws PullFailure {
        try {
            HttpResponse<InputStream> r = outbound.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = r.body()) {
                body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
            if (r.statusCode() != 200) {
                throw new PullFailure(what + " answered HTTP " + r.statusCode());
            }
            if (body.length > MAX_RESPONSE_BYTES) {
                throw new PullFailure(what + ": answer larger than " + MAX_RESPONSE_BYTES + " bytes");
            }
            return json.readTree(body);
        } catch (HttpTimeoutException e) {
            throw new PullFailure(what + ": timeout after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new PullFailure(what + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PullFailure(what + ": interrupted");
        }
    }

    private static String checkedCursor(String cursor) throws PullFailure {
        if (!CURSOR.matcher(cursor).matches()) {
            throw new PullFailure("feed: unusable cursor");
        }
        return cursor;
    }

    /** One feed entry into partner_bulletin; the partner's relative links become absolute. */
    private void upsert(Partner p, JsonNode entry) throws PullFailure {
        JsonNode issue = entry.path("issue");
        UUID remoteId;
        try {
            remoteId = UUID.fromString(issue.path("id").asText(""));
        } catch (IllegalArgumentException e) {
            throw new PullFailure("feed: an entry without a valid issue id");
        }
        String title = SearchText.cleanOptional(issue.path("title").asText(null));
        String month = issue.path("month").asText(null);
        if (title == null || (month != null && !MONTH.matcher(month).matches())) {
            throw new PullFailure("feed: issue " + remoteId + " lacks a title or has a bad month");
        }
        boolean withdrawn = "withdrawn".equals(entry.path("change").asText());
        // everything that may fail first: a bad entry must leave no half-written row
        String cursor = checkedCursor(entry.path("cursor").asText(""));
        Instant changedAt = instant(entry.path("changedAt"));
        Instant publishedAt = instant(issue.path("publishedAt"));
        Instant withdrawnAt = withdrawn ? instant(issue.path("withdrawnAt")) : null;
        Instant now = Instant.now();
        PartnerBulletin b = repo.bulletin(p.id, remoteId).orElse(null);
        if (b == null) {
            b = new PartnerBulletin();
            b.id = UUID.randomUUID();
            b.partnerId = p.id;
            b.remoteId = remoteId;
            b.firstSeenAt = now;
        }
        b.volume = integer(issue.path("volume"));
        b.number = integer(issue.path("number"));
        b.issueMonth = month;
        b.title = title;
        b.summary = withdrawn ? null : SearchText.cleanOptional(issue.path("summary").asText(null));
        b.status = withdrawn ? PartnerBulletin.Status.withdrawn : PartnerBulletin.Status.published;
        b.publishedAt = publishedAt;
        b.withdrawnAt = withdrawnAt;
        b.withdrawReason = withdrawn ? SearchText.cleanOptional(issue.path("withdrawReason").asText(null)) : null;
        b.issueUrl = p.pullBaseUrl + "/api/v1/bulletins/" + remoteId;
        b.pdfUrl = withdrawn ? null : link(p, issue.path("pdf").path("url"));
        b.pdfSizeBytes = withdrawn || issue.path("pdf").path("sizeBytes").isMissingNode() ? null : issue.path("pdf").path("sizeBytes").asLong();
        b.coverUrl = withdrawn ? null : link(p, issue.path("cover").path("url"));
        List<PartnerBulletin.Article> articles = new ArrayList<>();
        if (!withdrawn) {
            for (JsonNode a : entry.path("articles")) {
                List<String> authors = new ArrayList<>();
                a.path("authors").forEach(au -> authors.add(au.path("name").asText("")));
                articles.add(new PartnerBulletin.Article(a.path("title").asText(""), authors, integer(a.path("pageFrom")),
                        integer(a.path("pageTo")), link(p, a.path("pdf").path("url"))));
            }
        }
        b.articles = articles;
        b.remoteCursor = cursor;
        b.remoteChangedAt = changedAt == null ? now : changedAt;
        StringBuilder key = new StringBuilder(String.join(" ", title, b.summary == null ? "" : b.summary));
        if (b.number != null && month != null) {
            key.append(" so ").append(b.number).append(' ').append(Integer.parseInt(month.substring(5))).append('/').append(month, 0, 4);
        }
        articles.forEach(a -> key.append(' ').append(a.title()).append(' ').append(String.join(" ", a.authors())));
        b.searchKey = SearchText.normalize(key.toString());
        b.updatedAt = now;
        if (!repo.isManaged(b)) {
            repo.persistRow(b);
        }
    }

    /** The partner's links are relative to its base URL; anything else is dropped rather than trusted. */
    private static String link(Partner p, JsonNode url) {
        String u = url.asText(null);
        return u != null && u.startsWith("/") && !u.startsWith("//") ? p.pullBaseUrl + u : null;
    }

    private static Integer integer(JsonNode n) {
        return n.isIntegralNumber() ? n.asInt() : null;
    }

    private static Instant instant(JsonNode n) throws PullFailure {
        if (!n.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new PullFailure("feed: bad timestamp " + n.asText());
        }
    }

    static PullStatusDto dto(UUID partnerId, PartnerPullState s) {
        return s == null ? new PullStatusDto(partnerId, null, null, null, null, null, null)
                : new PullStatusDto(partnerId, s.cursor, s.lastAttemptAt, s.lastSuccessAt, s.lastStatus, s.lastError, s.lastCount);
    }
}
