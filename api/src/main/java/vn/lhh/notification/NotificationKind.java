package vn.lhh.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about. Each kind has a stable code (stored in the tables, used in the API and
 * in preferences) and a Qute template base name under {@code src/main/resources/templates/notification/}:
 * {@code <template>.subject.txt} (one line), {@code <template>.txt} (plain text) and
 * {@code <template>.html} (HTML part), Vietnamese first, then English.
 * <p>
 * Add a kind: a constant here (code in kebab-case, unique) + the three template files. See
 * {@link vn.lhh.notification.service.NotificationService} for the values every template receives.
 */
public enum NotificationKind {
    /** A message from the office or the system, free text: data {@code title} and {@code body}. */
    SYSTEM_MESSAGE("system-message", "system-message"),
    // --- the triggers of the features (helper "triggers"): see each feature's *Reminders / *Notifications service
    /** Congress due within the window (lhh.congress.due-window-months): the association's officers and the office. Data associationName, termEnd. */
    CONGRESS_DUE("congress-due", "congress-due"),
    /** Congress overdue: the association's officers and the office. Data associationName, termEnd. */
    CONGRESS_OVERDUE("congress-overdue", "congress-overdue"),
    /** An expert is assigned to a consultation: the expert. Data consultationSubject, requestingBody, opinionDueOn. */
    CONSULTATION_ASSIGNED("consultation-assigned", "consultation-assigned"),
    /** An opinion due within lhh.notifications.opinion.due-soon-days: the expert. Data consultationSubject, opinionDueOn, expertName, daysLeft. */
    OPINION_DUE_SOON("opinion-due-soon", "opinion-due-soon"),
    /** An overdue opinion: the expert, then the office. Data consultationSubject, opinionDueOn, expertName. */
    OPINION_OVERDUE("opinion-overdue", "opinion-overdue"),
    /** A consultation's response deadline near: the office. Data consultationSubject, requestingBody, deadline, daysLeft. */
    CONSULTATION_DEADLINE_NEAR("consultation-deadline-near", "consultation-deadline-near"),
    /** A consultation's response deadline passed: the office. Data consultationSubject, requestingBody, deadline. */
    CONSULTATION_DEADLINE_PASSED("consultation-deadline-passed", "consultation-deadline-passed"),
    /** Before the year's end, no progress this year: officers of the lead and coordinating associations. Data taskTitle, year. */
    TASK_PROGRESS_MISSING("task-progress-missing", "task-progress-missing"),
    /** A program task became late: the office. Data taskTitle, plannedEnd. */
    TASK_LATE("task-late", "task-late"),
    /** Contest registration closing soon: coordinators. Data editionTitle, registrationCloses, daysLeft. */
    CONTEST_REGISTRATION_CLOSING("contest-registration-closing", "contest-registration-closing"),
    /** Entries assigned to a judge: the judge. Data editionTitle, count, judgingCloses. */
    JUDGE_ENTRIES_ASSIGNED("judge-entries-assigned", "judge-entries-assigned"),
    /** Scoring closes soon: the judges. Data editionTitle, judgingCloses, daysLeft. */
    SCORING_DEADLINE_NEAR("scoring-deadline-near", "scoring-deadline-near"),
    /** Contest results published: coordinators. Data editionTitle. */
    CONTEST_RESULTS_PUBLISHED("contest-results-published", "contest-results-published"),
    /** Added to an event: the participant. Data eventTitle, startsAt, where. */
    EVENT_INVITATION("event-invitation", "event-invitation"),
    /** An event's title, time or place changed: its participants. Data eventTitle, startsAt, where. */
    EVENT_CHANGED("event-changed", "event-changed"),
    /** Before an event: its participants. Data eventTitle, startsAt, where. */
    EVENT_REMINDER("event-reminder", "event-reminder"),
    /** The link that confirms a workshop registration: the address given. Data eventTitle, startsAt, where, fullName, expiresAt. */
    WORKSHOP_REGISTRATION_CONFIRM("workshop-registration-confirm", "workshop-registration-confirm"),
    /** A workshop registration confirmed: the registrant's address. Data eventTitle, startsAt, where, fullName. */
    WORKSHOP_REGISTRATION_CONFIRMED("workshop-registration-confirmed", "workshop-registration-confirmed"),
    /** The day before a workshop: the registrants' addresses. Data eventTitle, startsAt, where. */
    WORKSHOP_REMINDER("workshop-reminder", "workshop-reminder"),
    /** The confirmation link of a bulletin subscription: the address. Data expiresAt, subscriptionUnsubscribeUrl. */
    BULLETIN_SUBSCRIPTION_CONFIRM("bulletin-subscription-confirm", "bulletin-subscription-confirm"),
    /** A published bulletin issue: confirmed subscribers. Data issueTitle, volume, number, month, summary, articles, subscriptionUnsubscribeUrl. */
    BULLETIN_ISSUE_PUBLISHED("bulletin-issue-published", "bulletin-issue-published"),
    // --- handling of incoming documents (issue 18): see vn.lhh.registry.service.HandlingReminders
    /** An incoming document given to a handler: the handler. Data documentSymbol, documentSubject, issuingBody, deadline, lead, instruction. */
    DOCUMENT_ASSIGNED("document-assigned", "document-assigned"),
    /** A handled document's deadline within lhh.notifications.document.due-soon-days: its handlers. Data as assigned (no lead, instruction) + daysLeft. */
    DOCUMENT_DUE("document-due", "document-due"),
    /** A handled document past its deadline and not done: its handlers and the office. Data as due, daysOverdue instead of daysLeft. */
    DOCUMENT_OVERDUE("document-overdue", "document-overdue");

    private final String code;
    private final String template;

    NotificationKind(String code, String template) {
        this.code = code;
        this.template = template;
    }

    public String code() {
        return code;
    }

    /** The templates' base name: notification/&lt;template&gt;.subject.txt, .txt, .html */
    public String template() {
        return template;
    }

    public static Optional<NotificationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
