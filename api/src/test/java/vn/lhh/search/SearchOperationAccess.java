package vn.lhh.search;

import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/** The search box is open to everyone; what each caller finds is decided by each feature (SearchApiTest). */
public class SearchOperationAccess implements OperationAccess {
    @Override
    public void declare(AccessCatalogue c) {
        c.feature("search", () -> "")
                .op("search", (as, s) -> as.queryParam("q", "hoi khoa hoc").get("/api/v1/search"), Expect.everyone());
    }
}
