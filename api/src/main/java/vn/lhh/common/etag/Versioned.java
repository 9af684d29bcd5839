package vn.lhh.common.etag;

/** A representation that carries its record's version, the value of its ETag. */
public interface Versioned {
    long version();
}
