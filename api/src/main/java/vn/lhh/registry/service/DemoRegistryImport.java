package vn.lhh.registry.service;

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
import vn.lhh.common.security.CurrentUser;

/**
 * The local run's first registry entry: the source document itself (106/CTr-LHH of 23 Dec 2019),
 * read from its text (number, date, title, recipients, signer), registered with its own number.
 * Set only in the dev profile (the same file as the demo program); idempotent.
 */
@ApplicationScoped
public class DemoRegistryImport {
    private static final Logger LOG = Logger.getLogger(DemoRegistryImport.class);

    @ConfigProperty(name = "lhh.demo.program-document")
    Optional<String> document;
    @Inject
    RegistryService registry;
    @Inject
    CurrentUser user;

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) throws IOException {
        if (document.isEmpty() || !Files.exists(Path.of(document.get()))) {
            return;
        }
        Optional<DocumentHeader> header = DocumentHeader.parse(Files.readString(Path.of(document.get()), StandardCharsets.UTF_8));
        if (header.isEmpty()) {
            LOG.warnf("demo registry: no number and date found in %s", document.get());
            return;
        }
        user.actAsSystem("demo-data");
        boolean created = registry.registerExisting(header.get(), Path.of(document.get()).getFileName().toString());
        LOG.infof("Demo registry %s: %s", header.get().symbol(), created ? "registered" : "already registered");
    }
}
