package scot.commissioningflow.commissioning.models;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.TenderProcess;
import scot.commissioningflow.commissioning.models.TenderModelCheck.Outcome;
import scot.commissioningflow.commissioning.tender.ModelSteps;
import scot.commissioningflow.commissioning.tender.TenderRequest;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.process.ProcessEngine.DeployedProcess;
import scot.commissioningflow.platform.process.ServedJobTypes;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.tasks.FormCatalogue;
import scot.commissioningflow.tasks.ProcessModels;
import scot.commissioningflow.tasks.TaskInbox;

/**
 * Tender models commissioners draw themselves: checked, deployed as a new version, kept so that they are deployed
 * again at every start, and started as tenders. A model that fails the check changes nothing.
 */
@Service
public class TenderModels implements SmartInitializingSingleton, ModelSteps {

    /** The field a refusal names: the uploaded file. */
    static final String FIELD = "model";

    private static final Logger log = LoggerFactory.getLogger(TenderModels.class);

    private final TenderModelRepository models;
    private final ProcessEngine engine;
    private final ProcessModels userTasks;
    private final Tenders tenders;
    private final AuditTrail audit;
    private final Clock clock;
    private final TenderModelCheck check;

    TenderModels(TenderModelRepository models, ProcessEngine engine, ProcessModels userTasks, Tenders tenders,
            AuditTrail audit, Clock clock, ServedJobTypes jobTypes, FormCatalogue forms, ElementTemplates templates) {
        this.models = models;
        this.engine = engine;
        this.userTasks = userTasks;
        this.tenders = tenders;
        this.audit = audit;
        this.clock = clock;
        this.check = new TenderModelCheck(jobTypes::served, forms::has, TaskInbox.candidateGroups(),
                userTasks::isShipped, templates.requiredInputsByJobType());
    }

    /** What a deployment would find, without deploying. */
    public List<String> problems(byte[] file) {
        return check.check(file).problems();
    }

    /** Checks and deploys a model; refused with every problem named, and then nothing is deployed or kept. */
    @Transactional
    public TenderModelView deploy(String fileName, byte[] file, SignedInPerson commissioner) {
        Outcome outcome = check.check(file);
        if (!outcome.passed()) {
            throw new InvalidInput(outcome.problems().stream().map(problem -> new FieldProblem(FIELD, problem))
                    .toList());
        }
        DeployedProcess deployed = engine.deploy(outcome.processId() + ".bpmn", file);
        String shownName = shownFileName(fileName, outcome.processId());
        TenderModel model = models.findByBpmnProcessIdAndVersion(deployed.bpmnProcessId(), deployed.version())
                // The engine keeps the version a file it already has: the same upload again adds no version.
                .orElseGet(() -> models.save(new TenderModel(deployed.bpmnProcessId(), outcome.processName(),
                        deployed.version(), shownName, new String(file, StandardCharsets.UTF_8),
                        commissioner.username(), clock.instant())));
        userTasks.learn(outcome.model());
        audit.record(commissioner, AuditEntry.of("tender-model.deployed", "tender-model", deployed.bpmnProcessId(),
                "Tender model \"" + model.view().name() + "\" deployed as version " + deployed.version() + " from "
                        + shownName + "."));
        return model.view();
    }

    /** Every deployed version, newest first. */
    @Transactional(readOnly = true)
    public List<TenderModelView> all() {
        return models.findAllByOrderByIdDesc().stream().map(TenderModel::view).toList();
    }

    /** The latest deployed version of a model, or a 404 in words when none of that id has been deployed. */
    @Transactional(readOnly = true)
    public TenderModelView latest(String processId) {
        return models.findFirstByBpmnProcessIdOrderByVersionDesc(processId).map(TenderModel::view)
                .orElseThrow(() -> notDeployed(processId));
    }

    private static NotFound notDeployed(String processId) {
        return new NotFound("No tender model \"" + processId + "\" has been deployed.");
    }

    /** Starts a tender on the latest deployed version of a commissioner's model. */
    @Transactional
    public TenderView startTender(String processId, TenderRequest request, SignedInPerson commissioner) {
        TenderModelView latest = latest(processId);
        return tenders.create(request, commissioner, new Tenders.ModelVersion(processId, latest.version()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> resumeBefore(String processId, String stage) {
        BpmnModelInstance model = models.findFirstByBpmnProcessIdOrderByVersionDesc(processId)
                .map(kept -> Bpmn.readModelFromStream(new ByteArrayInputStream(
                        kept.bpmnXml().getBytes(StandardCharsets.UTF_8)))).orElse(null);
        if (model == null) {
            return Optional.empty();
        }
        if (model.getModelElementById(stage) instanceof FlowNode) {
            return Optional.of(stage);
        }
        if (!TenderProcess.ROUTE_STAGE.equals(stage)) {
            return Optional.empty();
        }
        // Only the need was recorded, so nothing the model's steps did is stored: it carries on from its first step.
        return model.getModelElementsByType(StartEvent.class).stream()
                .flatMap(start -> start.getOutgoing().stream()).map(flow -> flow.getTarget().getId()).findFirst();
    }

    /**
     * Deploys every kept version again, oldest first, and teaches the inbox their tasks: the embedded engine starts
     * empty, and a cluster answers an unchanged file with the version it already has.
     */
    @Override
    public void afterSingletonsInstantiated() {
        for (TenderModel model : models.findAllByOrderByIdAsc()) {
            byte[] file = model.bpmnXml().getBytes(StandardCharsets.UTF_8);
            try {
                engine.deploy(model.view().processId() + ".bpmn", file);
                userTasks.learn(Bpmn.readModelFromStream(new ByteArrayInputStream(file)));
            } catch (RuntimeException e) {
                log.error("The tender model {} version {} could not be deployed again; tenders on it cannot start"
                        + " until it is uploaded again", model.view().processId(), model.view().version(), e);
            }
        }
    }

    private static String shownFileName(String fileName, String processId) {
        if (fileName == null || fileName.isBlank()) {
            return processId + ".bpmn";
        }
        // Browsers may send a path; only the name is the person's.
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

}
