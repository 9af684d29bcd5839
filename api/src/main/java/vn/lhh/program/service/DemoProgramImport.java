package vn.lhh.program.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.security.CurrentUser;

/**
 * The local run's demo program: the source document (106/CTr-LHH) imported through the same
 * preview-and-commit path as any user's import. Set only in the dev profile; idempotent.
 */
@ApplicationScoped
public class DemoProgramImport {
    private static final Logger LOG = Logger.getLogger(DemoProgramImport.class);

    @ConfigProperty(name = "lhh.demo.program-document")
    Optional<String> document;
    @Inject
    ProgramImportService imports;
    @Inject
    CurrentUser user;

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) throws IOException {
        if (document.isEmpty()) {
            return;
        }
        Path file = Path.of(document.get());
        if (!Files.exists(file)) {
            LOG.warnf("demo program document %s not found", file.toAbsolutePath());
            return;
        }
        user.actAsSystem("demo-data");
        var preview = imports.preview(Files.readString(file, StandardCharsets.UTF_8), Messages.VIETNAMESE);
        var committed = imports.commit(preview.id());
        LOG.infof("Demo program %s: %s", preview.parsed().documentNumber(),
                committed.created() ? "imported" : "already imported, unchanged");
    }
}
