package scot.commissioningflow.modelling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What opening a model in Camunda Modeler needs and what a commissioner needs to read it: the Camunda 8 execution
 * platform, a diagram shape for every element and flow, a name on every step, and linked forms that exist.
 */
class ModelConventionsTest {

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyProcessTargetsCamunda8AndIsLaidOutAndNamed() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> formIds = formIds();
        for (Resource resource : resources.getResources("classpath*:/processes/**/*.bpmn")) {
            String name = resource.getFilename();
            String xml = read(resource);
            if (!xml.contains("modeler:executionPlatform=\"Camunda Cloud\"")
                    || !xml.contains("modeler:executionPlatformVersion=\"8.")) {
                problems.add(name + " does not declare the Camunda 8 execution platform");
            }
            BpmnModelInstance model = Bpmn.readModelFromStream(resource.getInputStream());
            Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
                    .filter(s -> s.getBpmnElement() != null).map(s -> s.getBpmnElement().getId())
                    .collect(Collectors.toSet());
            Set<String> edged = model.getModelElementsByType(BpmnEdge.class).stream()
                    .filter(e -> e.getBpmnElement() != null).map(e -> e.getBpmnElement().getId())
                    .collect(Collectors.toSet());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!shaped.contains(node.getId())) {
                    problems.add(name + ": " + node.getId() + " has no shape in the diagram");
                }
                boolean needsName = node instanceof Activity || node instanceof Event
                        || node instanceof Gateway && node.getOutgoing().size() > 1;
                if (needsName && (node.getName() == null || node.getName().isBlank())) {
                    problems.add(name + ": " + node.getId() + " has no name");
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (!edged.contains(flow.getId())) {
                    problems.add(name + ": flow " + flow.getId() + " has no edge in the diagram");
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
                if (form == null || form.getFormId() == null) {
                    problems.add(name + ": user task " + task.getId() + " links no form");
                } else if (!formIds.contains(form.getFormId())) {
                    problems.add(name + ": user task " + task.getId() + " links form " + form.getFormId()
                            + ", which is not under forms/");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormAndDecisionTargetsCamunda8() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource resource : resources.getResources("classpath*:/forms/**/*.form")) {
            JsonNode form = json.readTree(resource.getInputStream());
            if (!"Camunda Cloud".equals(form.path("executionPlatform").asText())
                    || !form.path("executionPlatformVersion").asText().startsWith("8.")) {
                problems.add(resource.getFilename() + " does not declare the Camunda 8 execution platform");
            }
            form.findValues("components").forEach(components -> components.forEach(component -> {
                if (!component.hasNonNull("id")) {
                    problems.add(resource.getFilename() + " has a component without an id");
                }
            }));
        }
        for (Resource resource : resources.getResources("classpath*:/processes/**/*.dmn")) {
            String xml = read(resource);
            if (!xml.contains("https://www.omg.org/spec/DMN/20191111/MODEL/") || !xml.contains("DMNDI")) {
                problems.add(resource.getFilename() + " is not DMN 1.3 with a diagram");
            }
            if (!xml.contains("modeler:executionPlatform=\"Camunda Cloud\"")) {
                problems.add(resource.getFilename() + " does not declare the Camunda 8 execution platform");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * An element template offers a worker to people modelling new processes, so the job type it names must be one the
     * product's processes use (and so one its workers serve): a template left behind by a renamed job type would
     * give a commissioner a step no worker ever takes.
     */
    @Test
    void everyElementTemplateNamesAJobTypeTheProcessesUse() throws IOException {
        Set<String> jobTypes = new HashSet<>();
        for (Resource resource : resources.getResources("classpath*:/processes/**/*.bpmn")) {
            Bpmn.readModelFromStream(resource.getInputStream()).getModelElementsByType(ZeebeTaskDefinition.class)
                    .forEach(definition -> jobTypes.add(definition.getType()));
        }
        List<String> problems = new ArrayList<>();
        for (Resource resource : resources.getResources("classpath*:/element-templates/*.json")) {
            for (JsonNode property : json.readTree(resource.getInputStream()).path("properties")) {
                JsonNode binding = property.path("binding");
                boolean jobType = "zeebe:taskDefinition".equals(binding.path("type").asText())
                        && "type".equals(binding.path("property").asText());
                if (jobType && !jobTypes.contains(property.path("value").asText())) {
                    problems.add(resource.getFilename() + " names job type " + property.path("value").asText()
                            + ", which no process under processes/ uses");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Resource resource : resources.getResources("classpath*:/forms/**/*.form")) {
            ids.add(json.readTree(resource.getInputStream()).path("id").asText());
        }
        return ids;
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
