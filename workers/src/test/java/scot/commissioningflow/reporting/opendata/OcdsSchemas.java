package scot.commissioningflow.reporting.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * The official OCDS 1.1.5 package schemas (kept verbatim in {@code src/test/resources/ocds/1.1.5}, see SOURCE.md
 * there), with their canonical URLs resolved to those copies, never to the network. Formats (date-time, uri) are
 * asserted, as draft 4 says.
 */
public final class OcdsSchemas {

    private static final String CANONICAL = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(CANONICAL, "classpath:ocds/1.1.5/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final JsonSchema RELEASE_PACKAGE = FACTORY.getSchema(
            SchemaLocation.of(CANONICAL + "release-package-schema.json"), CONFIG);
    private static final JsonSchema RECORD_PACKAGE = FACTORY.getSchema(
            SchemaLocation.of(CANONICAL + "record-package-schema.json"), CONFIG);

    private OcdsSchemas() {
    }

    /** What the release package schema finds wrong with this package (empty when it is valid). */
    public static List<String> releasePackageProblems(Object releasePackage) {
        return problems(RELEASE_PACKAGE, releasePackage);
    }

    public static List<String> recordPackageProblems(Object recordPackage) {
        return problems(RECORD_PACKAGE, recordPackage);
    }

    private static List<String> problems(JsonSchema schema, Object document) {
        JsonNode json = document instanceof JsonNode node ? node : JSON.valueToTree(document);
        return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
