package vn.lhh.program.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.problem.FieldError;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.program.Program;
import vn.lhh.program.ProgramImport;
import vn.lhh.program.ProgramRepository;
import vn.lhh.program.importing.ParsedProgram;
import vn.lhh.program.importing.ProgramDocumentException;
import vn.lhh.program.importing.ProgramDocumentParser;
import vn.lhh.program.dto.ProgramDtos.ImportCounts;
import vn.lhh.program.dto.ProgramDtos.ImportPreview;

/**
 * Importing a program document in two steps: a preview (what would be created, what could
 * not be placed) and a commit. The same document imported again changes nothing.
 */
@ApplicationScoped
public class ProgramImportService {
    public static final String ENTITY = "program-import";

    @Inject
    ProgramRepository repo;
    @Inject
    ProgramService programs;
    @Inject
    ObjectMapper json;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;

    @Transactional
    public ImportPreview preview(String document, Locale locale) {
        ParsedProgram parsed;
        try {
            parsed = new ProgramDocumentParser(locale).parse(document);
        } catch (ProgramDocumentException e) {
            String message = Messages.get(locale, e.messageKey(), e.args());
            throw new ProblemException(ProblemType.VALIDATION_ERROR,
                    List.of(new FieldError("document:line " + e.line(), message)), Map.of(),
                    "program.import.error", e.line(), message);
        }
        ProgramImport imp = new ProgramImport();
        imp.id = UUID.randomUUID();
        imp.sourceText = document;
        imp.sourceHash = hash(document);
        imp.parsed = toJson(parsed);
        imp.status = "previewed";
        imp.createdBy = user.username();
        imp.createdAt = Instant.now();
        repo.persistRow(imp);
        return toPreview(imp, parsed);
    }

    public ImportPreview get(UUID id) {
        ProgramImport imp = find(id);
        return toPreview(imp, fromJson(imp.parsed));
    }

    public record Committed(UUID programId, boolean created) {
    }

    /** Creates the program, once: a second commit, or the same document again, returns the existing one. */
    @Transactional
    public Committed commit(UUID id) {
        ProgramImport imp = find(id);
        if (imp.programId != null) {
            return new Committed(imp.programId, false);
        }
        Program existing = repo.findByHash(imp.sourceHash);
        boolean created = existing == null;
        Program program = created ? programs.create(fromJson(imp.parsed), imp.sourceHash) : existing;
        imp.status = "committed";
        imp.programId = program.id;
        repo.flushRows();
        audit.record(AuditLog.Action.update, ENTITY, id, Map.of("status", "previewed"),
                Map.of("status", "committed", "programId", program.id));
        return new Committed(program.id, created);
    }

    private ProgramImport find(UUID id) {
        return ProblemException.requireFound(repo.findRow(ProgramImport.class, id), ENTITY, id);
    }

    private ImportPreview toPreview(ProgramImport imp, ParsedProgram p) {
        Program existing = imp.programId == null ? repo.findByHash(imp.sourceHash) : null;
        Map<Integer, Integer> perYear = p.years().stream().collect(Collectors.toMap(ParsedProgram.YearBlock::year,
                y -> y.items().size(), Integer::sum, TreeMap::new));
        ImportCounts counts = new ImportCounts(p.missions().size(),
                p.missions().stream().mapToInt(m -> m.subItems().size()).sum(), p.regularTasks().size(), perYear,
                p.implementation().size(), p.recipients().size(), p.flags().size());
        return new ImportPreview(imp.id, imp.status, imp.sourceHash, existing == null ? null : existing.id, imp.programId, counts, p);
    }

    /** The hash ignores what does not change the document: line endings, Unicode form, trailing spaces. */
    static String hash(String document) {
        String canonical = Normalizer.normalize(document, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(ParsedProgram p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ParsedProgram fromJson(String s) {
        try {
            return json.readValue(s, ParsedProgram.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import is unreadable", e);
        }
    }
}
