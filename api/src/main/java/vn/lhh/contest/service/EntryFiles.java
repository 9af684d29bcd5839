package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.contest.rest.JudgingDtos.BlindFileDto;

/** An entry's photos and documents as a judge reaches them: through the judge's own route, never the registration's. */
@ApplicationScoped
public class EntryFiles {
    /** The owner types the registration stores an entry's files under. */
    static final List<String> OWNER_TYPES = List.of("contest-entry-photo", "contest-entry-document");

    @Inject
    FileStore files;

    public List<BlindFileDto> blind(UUID entryId) {
        return OWNER_TYPES.stream().flatMap(t -> files.list(t, entryId).stream())
                .map(f -> new BlindFileDto(f.id(), f.fileName(), f.contentType(), f.sizeBytes(),
                        "/api/v1/me/judging/entries/" + entryId + "/files/" + f.id()))
                .toList();
    }

    public Optional<StoredFile> find(UUID entryId, UUID fileId) {
        return OWNER_TYPES.stream().map(t -> files.find(t, entryId, fileId)).flatMap(Optional::stream).findFirst();
    }

    static Stream<String> ownerTypes() {
        return OWNER_TYPES.stream();
    }
}
