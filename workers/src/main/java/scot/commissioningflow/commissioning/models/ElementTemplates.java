package scot.commissioningflow.commissioning.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The product's element templates (.camunda/element-templates, on the classpath as element-templates/): what the
 * modeler page offers commissioners for each step, and, for each job type, the inputs its template marks required,
 * which a deployed model must map.
 */
@Component
class ElementTemplates {

    private final ArrayNode all;
    private final Map<String, Map<String, String>> requiredInputs = new HashMap<>();

    ElementTemplates(ObjectMapper json) throws IOException {
        all = json.createArrayNode();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:/element-templates/*.json")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode template = json.readTree(in);
                all.add(template);
                index(template);
            }
        }
    }

    private void index(JsonNode template) {
        String jobType = null;
        Map<String, String> required = new LinkedHashMap<>();
        for (JsonNode property : template.path("properties")) {
            JsonNode binding = property.path("binding");
            if ("zeebe:taskDefinition".equals(binding.path("type").asText())
                    && "type".equals(binding.path("property").asText())) {
                jobType = property.path("value").asText(null);
            }
            if ("zeebe:input".equals(binding.path("type").asText())
                    && property.path("constraints").path("notEmpty").asBoolean(false)) {
                required.put(binding.path("name").asText(), property.path("label").asText(binding.path("name")
                        .asText()));
            }
        }
        if (jobType != null) {
            requiredInputs.put(jobType, required);
        }
    }

    ArrayNode all() {
        return all;
    }

    Map<String, Map<String, String>> requiredInputsByJobType() {
        return requiredInputs;
    }
}
