package scot.commissioningflow.tasks;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.model.xml.ModelException;
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

    private final Map<String, UserTaskModel> userTasks = new ConcurrentHashMap<>();

    ProcessModels() throws IOException {
        this("classpath*:/processes/**/*.bpmn");
    }

    ProcessModels(String locationPattern) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
            try (InputStream in = resource.getInputStream()) {
                index(Bpmn.readModelFromStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + resource, e);
            } catch (ModelException e) {
                throw new IllegalStateException("The process model " + resource.getFilename()
                        + " is not valid BPMN, so nothing was deployed: " + rootMessage(e), e);
            }
        }
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

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
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
