package vn.lhh.news.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.lhh.common.security.CurrentUser;

/** Publishes scheduled posts when their time comes; safe to run on every instance (see PostService.publishDue). */
@ApplicationScoped
public class ScheduledPostPublishing {
    private static final Logger LOG = Logger.getLogger(ScheduledPostPublishing.class);

    @Inject
    PostService posts;
    @Inject
    CurrentUser user;

    @Scheduled(identity = "post-publishing", every = "${lhh.news.publish-every}", delayed = "${lhh.news.publish-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        user.actAsSystem("system:scheduler");
        var published = posts.publishDue();
        if (!published.isEmpty()) {
            LOG.infof("published scheduled posts %s", published);
        }
    }
}
