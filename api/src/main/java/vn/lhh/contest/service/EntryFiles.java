package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.contest.mapping.ContestMapper;
import vn.lhh.contest.dto.ContestDtos.FileDto;

/** An entry's photos and documents as a judge reaches them: through the judge's own route, never the registration's. */
@ApplicationScoped
public class EntryFiles {
    /** The owner types the registration stores an entry's files under. */
    static final List<String> OWNER_TYPES = Stream.of(EntryService.FileKind.values()).map(EntryService.FileKind::owner).toList();

    @Inject
    FileStore files;

    public List<FileDto> blind(UUID entryId) {
        return Stream.of(EntryService.FileKind.values()).flatMap(k -> files.list(k.owner(), entryId).stream()
                        .map(f -> ContestMapper.file(f, k.name(), ContestMapper.API + "/me/judging/entries/" + entryId + "/files/" + f.id())))
                .toList();
    }

    public Optional<StoredFile> find(UUID entryId, UUID fileId) {
        return OWNER_TYPES.stream().map(t -> files.find(t, entryId, fileId)).flatMap(Optional::stream).findFirst();
    }
}
