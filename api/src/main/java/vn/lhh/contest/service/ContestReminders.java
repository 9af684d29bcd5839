package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestJudge;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.JudgingRepository;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.service.NotificationService;

/**
 * Contest notifications. Entries are written by pupils: no mail names an entry, an author or a school; a judge
 * is told how many entries await them (their judging page lists them, as they may read them), coordinators
 * are told about dates and the public results.
 */
@ApplicationScoped
public class ContestReminders {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ContestRepository contest;
    @Inject
    JudgingRepository judging;
    @Inject
    NotificationService notifications;
    @ConfigProperty(name = "lhh.notifications.contest.registration-closing-days")
    int registrationClosingDays;
    @ConfigProperty(name = "lhh.notifications.contest.scoring-deadline-days")
    int scoringDeadlineDays;

    static String title(ContestEdition e) {
        return e.name;
    }

    /** In the assigning transaction: the judge learns how many entries they now have to score. */
    void entriesAssigned(ContestJudge j, ContestEdition e, String what, int count) {
        if (j.username == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("editionTitle", title(e));
        data.put("count", count);
        data.put("judgingCloses", DATE.format(e.judgingCloses));
        notifications.notifyUser(j.username, NotificationKind.JUDGE_ENTRIES_ASSIGNED, "judge:" + j.id + ":" + what, data, "/judging");
    }

    /** In the publishing transaction: the coordinators (the results are public by then). */
    void resultsPublished(ContestEdition e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("editionTitle", title(e));
        notifications.notifyUsers(contest.activeCoordinatorUsernames(), NotificationKind.CONTEST_RESULTS_PUBLISHED,
                "edition:" + e.id + ":results:" + e.resultsPublishedAt.toEpochMilli(), data, "/contests/" + e.id + "/results");
    }

    @Transactional
    public int remind(LocalDate today) {
        int queued = 0;
        for (ContestEdition e : contest.editionsRegistrationClosing(today, today.plusDays(registrationClosingDays))) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("editionTitle", title(e));
            data.put("registrationCloses", DATE.format(e.registrationCloses));
            data.put("daysLeft", ChronoUnit.DAYS.between(today, e.registrationCloses));
            queued += notifications.notifyUsers(contest.activeCoordinatorUsernames(), NotificationKind.CONTEST_REGISTRATION_CLOSING,
                    "edition:" + e.id + ":registration-closes:" + e.registrationCloses, data, "/contest-entries");
        }
        for (ContestEdition e : contest.editionsJudgingClosing(today, today.plusDays(scoringDeadlineDays))) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("editionTitle", title(e));
            data.put("judgingCloses", DATE.format(e.judgingCloses));
            data.put("daysLeft", ChronoUnit.DAYS.between(today, e.judgingCloses));
            queued += notifications.notifyUsers(judging.judges(e.id).stream().map(j -> j.username).filter(Objects::nonNull).toList(),
                    NotificationKind.SCORING_DEADLINE_NEAR, "edition:" + e.id + ":judging-closes:" + e.judgingCloses, data, "/judging");
        }
        return queued;
    }
}
