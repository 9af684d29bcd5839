package vn.lhh.preview;

import vn.lhh.news.NewsFixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/** Shared-link previews: public, for crawlers and the web server in front of the SPA; each caller sees what its own access allows. */
public class PreviewOperationAccess implements OperationAccess {
    record Scene(String postId) {
        static Scene build() {
            return new Scene(NewsFixtures.published("Tin chia sẻ cho ma trận quyền", "public"));
        }
    }

    @Override
    public void declare(AccessCatalogue c) {
        c.feature("previews", Scene::build)
                .op("getPagePreview", (as, s) -> as.queryParam("path", "/news/" + s.postId()).get(PagePreviewTest.PREVIEWS), Expect.everyone());
    }
}
