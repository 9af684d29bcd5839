package vn.lhh.me;

import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/** The caller's own account and the audit log (admin only). */
public class CommonOperationAccess implements OperationAccess {
    @Override
    public void declare(AccessCatalogue c) {
        c.feature("account and audit", () -> "")
                .op("getMe", (as, s) -> as.get("/api/v1/me"), Expect.authenticated())
                .op("listAuditEvents", (as, s) -> as.get("/api/v1/audit-events"), Expect.roles("admin"))
                .op("exportAuditEvents", (as, s) -> as.queryParam("format", "csv").get("/api/v1/audit-events/export"), Expect.roles("admin"));
    }
}
