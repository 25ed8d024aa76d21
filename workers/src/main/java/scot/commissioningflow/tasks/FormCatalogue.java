package scot.commissioningflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda forms under forms/, by form id: served to whoever renders a task, used to check submissions, and asked
 * whether a form a commissioner's own model links to exists before that model is deployed.
 */
@Component
public class FormCatalogue {

    private final Map<String, JsonNode> forms = new HashMap<>();

    FormCatalogue(ObjectMapper json) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:/forms/**/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode form = json.readTree(in);
                if (!form.path("id").isTextual()) {
                    throw new IllegalStateException("The form " + resource.getFilename() + " has no id, so no user "
                            + "task can link to it");
                }
                forms.put(form.path("id").asText(), form);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The form " + resource.getFilename() + " is not valid JSON: "
                        + e.getOriginalMessage(), e);
            }
        }
    }

    /** Whether a user task may link to this form id: the inbox can then show the task with its form. */
    public boolean has(String formId) {
        return form(formId).isPresent();
    }

    Optional<JsonNode> form(String formId) {
        return Optional.ofNullable(formId).map(forms::get);
    }

    /** Fields the form marks required that the submission leaves out or blank, with their labels. */
    List<String> missingRequiredFields(String formId, Map<String, Object> submission) {
        List<String> missing = new ArrayList<>();
        form(formId).ifPresent(form -> collectMissing(form.path("components"), submission, missing));
        return missing;
    }

    private static void collectMissing(JsonNode components, Map<String, Object> submission, List<String> missing) {
        for (JsonNode component : components) {
            // A field shown only under a condition cannot be demanded unconditionally.
            if (component.has("conditional")) {
                continue;
            }
            if (component.has("components")) {
                collectMissing(component.path("components"), submission, missing);
            }
            String key = component.path("key").asText(null);
            if (key != null && component.path("validate").path("required").asBoolean(false)) {
                Object value = submission.get(key);
                if (value == null || value.toString().isBlank()) {
                    missing.add(key + " (" + component.path("label").asText(key) + ")");
                }
            }
        }
    }
}
