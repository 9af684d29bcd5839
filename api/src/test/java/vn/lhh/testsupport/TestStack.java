package vn.lhh.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real services every API test runs against, started once for the whole suite. */
// parallel: Keycloak's minute-long start does not wait for PostgreSQL's
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
// the SMTP/IMAP server notifications are sent to (issue 17)
@WithTestResource(value = MailServerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class TestStack {
    private TestStack() {
    }
}
