package scot.commissioningflow.tasks;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What the engine does not hand a job worker with a user task: the task's readable name and linked form. Both are
 * read from the same BPMN files that are deployed, so they cannot drift apart: those under processes/ at start, and
 * each model a commissioner deploys ({@link #learn}), whose tasks then reach the inbox named and with their forms.
 */
@Component
public class ProcessModels {

    record UserTaskModel(String name, String formId) {
    }

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // The models are the product's own files; still, no document type or outside entity is ever read.
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final Map<String, UserTaskModel> userTasks = new ConcurrentHashMap<>();
    private final Set<String> shippedProcessIds = new HashSet<>();

    ProcessModels() throws IOException {
        this("classpath*:/processes/**/*.bpmn");
    }

    /**
     * Reads the user tasks of the shipped models as plain XML: reading them as whole models (Zeebe's model API)
     * validated each against the BPMN schemas again, which cost start-up about a second; the engine validates them
     * when they are deployed a moment later.
     */
    ProcessModels(String locationPattern) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
            try (InputStream in = resource.getInputStream()) {
                readUserTasks(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + resource, e);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("The process model " + resource.getFilename()
                        + " is not valid BPMN, so nothing was deployed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Each user task with the process it belongs to, its name and the form its zeebe:formDefinition links; and each
     * process id, as the product's own.
     */
    private void readUserTasks(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            String process = null;
            String task = null;
            String name = null;
            String formId = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (isBpmn(xml, "process")) {
                        process = xml.getAttributeValue(null, "id");
                        shippedProcessIds.add(process);
                    } else if (isBpmn(xml, "userTask")) {
                        task = xml.getAttributeValue(null, "id");
                        name = xml.getAttributeValue(null, "name");
                        formId = null;
                    } else if (task != null && ZEEBE.equals(xml.getNamespaceURI())
                            && "formDefinition".equals(xml.getLocalName())) {
                        formId = xml.getAttributeValue(null, "formId");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && isBpmn(xml, "userTask")) {
                    userTasks.put(key(process, task), new UserTaskModel(name == null ? task : name, formId));
                    task = null;
                }
            }
        } finally {
            xml.close();
        }
    }

    /** Whether a process id is one of the product's own models, which a commissioner's model may not take. */
    public boolean isShipped(String bpmnProcessId) {
        return shippedProcessIds.contains(bpmnProcessId);
    }

    private static boolean isBpmn(XMLStreamReader xml, String element) {
        return BPMN.equals(xml.getNamespaceURI()) && element.equals(xml.getLocalName());
    }

    /**
     * Takes in a model deployed while the application runs (or again at start, from where deployed models are kept);
     * a later version of a process replaces what an earlier one said about the same task.
     */
    public void learn(BpmnModelInstance model) {
        index(model);
    }

    private void index(BpmnModelInstance model) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            String formId = form == null ? null : form.getFormId();
            userTasks.put(key(processOf(task).getId(), task.getId()),
                    new UserTaskModel(task.getName() == null ? task.getId() : task.getName(), formId));
        }
    }

    Optional<UserTaskModel> userTask(String bpmnProcessId, String elementId) {
        return Optional.ofNullable(userTasks.get(key(bpmnProcessId, elementId)));
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance current = element;
        while (!(current instanceof Process)) {
            current = current.getParentElement();
        }
        return (Process) current;
    }

    private static String key(String bpmnProcessId, String elementId) {
        return bpmnProcessId + "#" + elementId;
    }
}
