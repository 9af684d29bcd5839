package vn.lhh.common.etag;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The one way a resource answers with a representation: its ETag (the record's version),
 * {@code Location} on a creation, {@code Vary} when the body depends on the caller, 304 on a
 * matching If-None-Match. {@link ETags} keeps the If-Match side of the protocol.
 */
public final class Responses {
    /** A body that depends on who asks (fields hidden from the public) and in which language. */
    public static final String VARY_VIEWER = HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.ACCEPT_LANGUAGE;

    private Responses() {
    }

    /** 200 with the representation and its version as the ETag (the answer to a write). */
    public static Response ok(Versioned entity) {
        return ok(entity, entity.version());
    }

    /** 200 with a body whose ETag is the version of the record it was read from. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(ETags.of(version)).build();
    }

    /** 200 with a representation that carries its version under another name than {@link Versioned}. */
    public static <T> Response ok(T entity, ToLongFunction<? super T> version) {
        return ok(entity, version.applyAsLong(entity));
    }

    /** 201 at {@code location}, without an ETag (the body is not a versioned record). */
    public static Response created(URI location, Object entity) {
        return Response.created(location).entity(entity).build();
    }

    /** 201 at {@code location} with a body whose ETag is {@code version}. */
    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(ETags.of(version)).build();
    }

    /** 201 for a record created under the request's collection: {@code Location} is the collection's path + id. */
    public static Response created(UriInfo uri, UUID id, Object entity, long version) {
        return created(under(uri, id), entity, version);
    }

    /** As {@link #created(UriInfo, UUID, Object, long)} for a body that is not a versioned record. */
    public static Response created(UriInfo uri, UUID id, Object entity) {
        return created(under(uri, id), entity);
    }

    /** 201 for a record whose own path is elsewhere: {@code Location} is {@code collection} (from the API root) + id. */
    public static Response created(UriInfo uri, String collection, UUID id, Object entity, long version) {
        return created(uri.getBaseUriBuilder().path(collection).path(id.toString()).build(), entity, version);
    }

    /** As {@link #created(UriInfo, String, UUID, Object, long)} for a body that is not a versioned record. */
    public static Response created(UriInfo uri, String collection, UUID id, Object entity) {
        return created(uri.getBaseUriBuilder().path(collection).path(id.toString()).build(), entity);
    }

    private static URI under(UriInfo uri, UUID id) {
        return uri.getAbsolutePathBuilder().path(id.toString()).build();
    }

    /** A conditional GET: 304 when If-None-Match names the current version, else the body with its ETag. */
    public static Response conditional(String ifNoneMatch, long version, Supplier<?> entity) {
        Response notModified = ETags.notModified(ifNoneMatch, version);
        return notModified != null ? notModified : ok(entity.get(), version);
    }

    /** A conditional GET of a body that depends on the caller: also {@code Vary: Authorization, Accept-Language}. */
    public static Response conditionalPerViewer(String ifNoneMatch, long version, Supplier<?> entity) {
        Response notModified = ETags.notModified(ifNoneMatch, version);
        return notModified != null ? notModified
                : Response.ok(entity.get()).tag(ETags.of(version)).header(HttpHeaders.VARY, VARY_VIEWER).build();
    }
}
