package vn.lhh.bulletin.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.lhh.common.security.CurrentUser;

/** Publishes scheduled issues when their time comes; safe to run on every instance (see publishDue). */
@ApplicationScoped
public class ScheduledPublishing {
    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class);

    @Inject
    BulletinService issues;
    @Inject
    CurrentUser user;

    @Scheduled(identity = "bulletin-publishing", every = "${lhh.bulletin.publish-every}", delayed = "${lhh.bulletin.publish-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        user.actAsSystem("system:scheduler");
        var published = issues.publishDue();
        if (!published.isEmpty()) {
            LOG.infof("published scheduled bulletin issues %s", published);
        }
    }
}
