package vn.lhh.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What integrators rely on besides the operations themselves (issue #22): the contract's version is the
 * project's release (the Maven version, which Quarkus gives as quarkus.application.version); and every JSON or text request body and
 * success response carries an example, generated from its schema where the code wrote none, so that 200+
 * operations need no hand-written example each. Runs at build time, like the document itself.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IntegratorContractFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class)
                .ifPresent(version -> openAPI.getInfo().setVersion(version));
        Map<String, Schema> components = openAPI.getComponents() == null ? Map.of() : openAPI.getComponents().getSchemas();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ExampleGenerator requests = new ExampleGenerator(components, ExampleGenerator.Direction.REQUEST);
        ExampleGenerator responses = new ExampleGenerator(components, ExampleGenerator.Direction.RESPONSE);
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : path.getOperations().values()) {
                if (op.getRequestBody() != null) {
                    fill(op.getRequestBody().getContent(), requests);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
                        if (r.getKey().startsWith("2") && r.getValue().getRef() == null) {
                            fill(r.getValue().getContent(), responses);
                        }
                    }
                }
            }
        }
    }

    private static void fill(Content content, ExampleGenerator generator) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> e : content.getMediaTypes().entrySet()) {
            MediaType media = e.getValue();
            if (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty()) || media.getSchema() == null) {
                continue;
            }
            String type = e.getKey();
            if (type.contains("json")) {
                media.setExample(generator.example(media.getSchema()));
            } else if (!isBinary(media.getSchema())) {
                String text = TEXT_EXAMPLES.get(type);
                if (text != null) {
                    media.setExample(text);
                }
            }
            // binary files (PDF, XLSX, DOCX, images) carry no example: the bytes are the file
        }
    }

    static boolean isBinary(Schema s) {
        return "binary".equals(s.getFormat());
    }

    /** Text answers, in the shape the API writes them (abridged). */
    private static final Map<String, String> TEXT_EXAMPLES = Map.of(
            "text/csv", "Tên hội,Lĩnh vực,Số hội viên\r\nHội Tin học tỉnh Nghệ An,Công nghệ thông tin,120\r\n",
            "text/html", "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tập san Khoa học và Ứng dụng</title></head>"
                    + "<body><h1>Tập san Khoa học và Ứng dụng số 3/2026</h1></body></html>",
            "application/atom+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                    + "<title>Liên hiệp các hội KH&amp;KT tỉnh Nghệ An</title><entry><title>Hội thảo khoa học 2026</title></entry></feed>",
            "text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LHH//Lich//VI\r\nBEGIN:VEVENT\r\nUID:5d0f3e4a@lhh\r\n"
                    + "DTSTAMP:20260315T083000Z\r\nDTSTART:20260320T013000Z\r\nSUMMARY:Hội thảo khoa học 2026\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "application/x-www-form-urlencoded", "token=eyJrIjoiMjAyNi0wMy0xNSJ9",
            "text/plain", "Nghệ An, ngày 23 tháng 12 năm 2019\n\nSố: 106/CTr-LHH\n\nCHƯƠNG TRÌNH HOẠT ĐỘNG TOÀN KHÓA");

}
