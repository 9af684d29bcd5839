package vn.lhh.common.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.problem.Problem;

/** The contract's front page and the shared error responses every operation refers to. */
@OpenAPIDefinition(
        info = @Info(title = "LHH API — Liên hiệp các hội KH&KT", version = "1.0.0",
                description = "REST API of the information system for provincial Unions of Science and Technology "
                        + "Associations (Liên hiệp các hội Khoa học và Kỹ thuật). Errors are RFC 9457 problem+json; "
                        + "lists are paged with page/size, and the large ones (associations, experts, program tasks, bulletin issues and "
                        + "articles, contest entries) also by an opt-in keyset cursor: each page's nextCursor, passed back as cursor, "
                        + "continues right after it with no duplicate and no gap even while items are added, as fast on a deep page as "
                        + "on the first; a cursor the list did not hand out for these filters and this sort is a 400. Totals are exact "
                        + "up to 1,000 items; above that counting stops and totalExact is false (total is then a lower bound). "
                        + "Writes need If-Match with the ETag; creates accept "
                        + "Idempotency-Key; texts are Vietnamese first (Accept-Language: en for English). Anonymous callers (per "
                        + "client address) and partner clients (per token client) are rate limited per minute: responses "
                        + "carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset, and past the limit the answer is "
                        + "429 with Retry-After. Signed-in people are not limited. "
                        + "Exports: a list the office works with also downloads whole as a file from its sibling GET <list>/export "
                        + "(e.g. /api/v1/associations/export) with the list's own filters, sort and access, and format=xlsx (default) "
                        + "or csv; the file streams, is named in Vietnamese (Content-Disposition filename*), and an unknown format is a 400.",
                contact = @Contact(name = "LHH project"),
                license = @License(name = "AGPL-3.0-or-later", url = "https://www.gnu.org/licenses/agpl-3.0.html")),
        tags = {
                @Tag(name = "Associations", description = "Member associations (hội thành viên): profiles, terms, congresses, leadership, officers"),
                @Tag(name = "Programs", description = "Term action programs (chương trình hoạt động toàn khóa): import, structure, tracked tasks, progress, annual report"),
                @Tag(name = "Experts", description = "The expert network (mạng lưới chuyên gia): directory search with facets, profiles, fields of expertise"),
                @Tag(name = "Consultations", description = "Consulting, critique and social assessment (tư vấn, phản biện và giám định xã hội): requests, assigned experts, opinions, the consolidated response"),
                @Tag(name = "Bulletins", description = "The monthly science bulletin (Tập san khoa học và ứng dụng): issues, articles, files, the public archive"),
                @Tag(name = "Bulletin feed", description = "What partner unions pull: the change feed of released issues (JSON, Atom)"),
                @Tag(name = "Distribution", description = "Free distribution of the bulletin (cấp phát miễn phí): recipients, lists, records, totals"),
                @Tag(name = "News", description = "News, announcements and events of the union's website (tin tức, thông báo): posts by audience, publication, the public Atom feed"),
                @Tag(name = "Partners", description = "Partner unions (Liên hiệp hội tỉnh bạn): registration, webhooks and their deliveries, bulletins pulled from partners"),
                @Tag(name = "Document registry", description = "Incoming and outgoing official documents (sổ văn bản đến, đi): numbers and symbols given by the system (106/CTr-LHH), search, files"),
                @Tag(name = "Document handling", description = "Handling of incoming documents (xử lý văn bản đến): assignment with the leader's instruction (bút phê) and a deadline, handlers' reports and files, the answering document, overdue lists, history"),
                @Tag(name = "Dashboard", description = "Executive information for the standing office (thông tin điều hành)"),
                @Tag(name = "Audit", description = "Who changed what (admin)"),
                @Tag(name = "Account", description = "The signed-in caller"),
                @Tag(name = "Search", description = "One search box for everything (tìm kiếm chung): associations, experts, tasks, documents, consultations, news, articles, events, entries the caller may open")
        },
        components = @Components(headers = {
                @Header(name = "RateLimit-Limit", description = "Requests allowed per minute to this client (anonymous: per address; partner: per client)",
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
                @Header(name = "RateLimit-Remaining", description = "Requests left in the current window",
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
                @Header(name = "RateLimit-Reset", description = "Seconds until the current window ends and the count starts again",
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "60")),
                @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
        }, responses = {
                @APIResponse(name = "BadRequest", responseCode = "400", description = "Invalid input: malformed JSON, wrong types, invalid fields or parameters",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid bearer token",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller's roles or relation to the record do not allow this",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such record (or not visible to the caller)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "Conflicts with the current state (duplicate, overlap, still referenced)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412", description = "If-Match names a stale version: someone else changed the record",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The request body is too large",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The body is not application/json",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "IdempotencyKeyReused", responseCode = "422", description = "The Idempotency-Key was used before with a different request",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "If-Match is required",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "TooManyRequests", responseCode = "429", description = "Rate limit reached: retry after Retry-After seconds",
                        headers = {
                                @Header(name = "Retry-After", ref = "Retry-After"),
                                @Header(name = "RateLimit-Limit", ref = "RateLimit-Limit"),
                                @Header(name = "RateLimit-Remaining", ref = "RateLimit-Remaining"),
                                @Header(name = "RateLimit-Reset", ref = "RateLimit-Reset")
                        },
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "InternalError", responseCode = "500", description = "Unexpected failure; quote the requestId",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "ServiceUnavailable", responseCode = "503", description = "The database is unavailable; retry later",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class LhhApiDefinition extends Application {
}
