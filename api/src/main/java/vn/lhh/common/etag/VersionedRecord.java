package vn.lhh.common.etag;

import java.util.UUID;

/** The representation of a record with its own id: what a creating POST answers (Location from the id, ETag from the version). */
public interface VersionedRecord extends Versioned {
    UUID id();
}
