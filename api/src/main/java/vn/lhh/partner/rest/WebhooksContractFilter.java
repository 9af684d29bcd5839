package vn.lhh.partner.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.lhh.common.openapi.ExampleGenerator;
import vn.lhh.partner.WebhookEvent;
import vn.lhh.partner.service.WebhookSignature;

/**
 * Describes the webhooks sent to partners (vn.lhh.partner.service.WebhookDispatcher) under OpenAPI 3.1
 * {@code webhooks}: one per event a partner may subscribe to, with the body, the Standard Webhooks headers
 * and an example whose signature is really computed (with an example secret), so an integrator can test
 * their verifier against the contract. No resource method sends them, so the scanner cannot see them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WebhooksContractFilter implements OASFilter {
    /** A secret made for the example only (never a partner's). */
    public static final String EXAMPLE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwzTN4O8j3Y0o=";
    public static final String EXAMPLE_DELIVERY_ID = "5d0f3e4a-8c1b-4e27-9a6f-2b7c1d9e0a13";
    public static final long EXAMPLE_TIMESTAMP = 1_773_563_400L; // 2026-03-15T08:30:00Z

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addWebhooks(openAPI, openAPI.getComponents() == null ? Map.of() : openAPI.getComponents().getSchemas());
    }

    private static final Map<WebhookEvent, String> EVENT_SUMMARIES = Map.of(
            WebhookEvent.issue_published, "A bulletin issue was released (phát hành)",
            WebhookEvent.issue_updated, "A released bulletin issue changed (its articles, files or details)",
            WebhookEvent.issue_withdrawn, "A released bulletin issue was withdrawn (thu hồi)");

    private static void addWebhooks(OpenAPI openAPI, Map<String, Schema> components) {
        ExampleGenerator generator = new ExampleGenerator(components, ExampleGenerator.Direction.RESPONSE);
        Schema entry = OASFactory.createSchema().ref("BulletinFeedEntry");
        ObjectMapper json = new ObjectMapper();
        for (WebhookEvent event : WebhookEvent.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) generator.example(entry));
            String change = switch (event) {
                case issue_published -> "published";
                case issue_updated -> "updated";
                case issue_withdrawn -> "withdrawn";
            };
            body.put("change", change);
            String signature;
            try {
                signature = WebhookSignature.sign(EXAMPLE_SECRET, EXAMPLE_DELIVERY_ID, EXAMPLE_TIMESTAMP, json.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            Operation op = OASFactory.createOperation()
                    .operationId(camel(event.name()) + "Webhook")
                    .summary(EVENT_SUMMARIES.get(event))
                    .description("Sent by POST to the webhook URL of every active partner subscribed to " + event.name()
                            + ", after the change commits. The body is the change's entry of the bulletin feed (the same as readBulletinFeed"
                            + " gives, with change = " + change + "). Signed as Standard Webhooks v1 (https://www.standardwebhooks.com):"
                            + " webhook-signature is \"v1,\" and the base64 HMAC-SHA256, keyed with the base64-decoded part of the"
                            + " partner's secret after \"whsec_\", of \"{webhook-id}.{webhook-timestamp}.{raw body}\" (several"
                            + " space-separated signatures may come during a secret rotation: accept any that matches). Verify over the"
                            + " raw bytes, compare in constant time, and reject a timestamp more than 5 minutes from now. The example's"
                            + " signature is made with the example secret " + EXAMPLE_SECRET + " over the example body serialised"
                            + " compactly. Answer any 2xx quickly: anything else, or no answer within the timeout, is retried with"
                            + " exponential backoff and the same webhook-id, until the attempt limit.")
                    .tags(List.of("Partners"))
                    .security(List.of())
                    .parameters(List.of(
                            header("webhook-id", "The delivery's id: the same on every retry, to discard duplicates",
                                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"), EXAMPLE_DELIVERY_ID),
                            header("webhook-timestamp", "When this attempt was sent, in Unix seconds",
                                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[0-9]{1,12}$"), Long.toString(EXAMPLE_TIMESTAMP)),
                            header("webhook-signature", "Space-separated signatures, each \"v1,\" and a base64 HMAC-SHA256",
                                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$"), signature),
                            header("User-Agent", "Names the sender", OASFactory.createSchema().addType(Schema.SchemaType.STRING), "lhh-api-webhooks/1")))
                    .requestBody(OASFactory.createRequestBody().required(true)
                            .content(OASFactory.createContent().addMediaType("application/json",
                                    OASFactory.createMediaType().schema(entry).example(body))))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse("2XX", OASFactory.createAPIResponse().description("Received: the delivery succeeded"))
                            .addAPIResponse("default", OASFactory.createAPIResponse()
                                    .description("Any other answer, or none within the timeout: retried later with the same webhook-id")))
                    .addExtension("x-lhh-signature", signatureScheme());
            openAPI.addWebhook(event.name(), OASFactory.createPathItem().POST(op));
        }
    }

    /** The signature scheme, machine-readable (ordered: the contract is compared byte for byte). */
    private static Map<String, Object> signatureScheme() {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("scheme", "Standard Webhooks v1");
        scheme.put("algorithm", "HMAC-SHA256");
        scheme.put("signedContent", "{webhook-id}.{webhook-timestamp}.{body}");
        scheme.put("secretFormat", "whsec_ + base64 of 32 random bytes");
        scheme.put("toleranceSeconds", 300);
        return scheme;
    }

    private static Parameter header(String name, String description, Schema schema, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true)
                .description(description).schema(schema).example(example);
    }

    private static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
