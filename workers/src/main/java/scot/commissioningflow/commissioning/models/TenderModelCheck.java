package scot.commissioningflow.commissioning.models;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether a commissioner's BPMN model can run as a tender in this product, with each problem said in words the
 * commissioner can act on in Camunda Modeler. Nothing about the file is trusted: it is read first by an XML parser that
 * refuses any document type declaration (so no external entity is fetched and no entity expands), and only a file
 * that passes is handed to the BPMN model reader.
 *
 * @param jobTypeServed  whether some worker of the product takes jobs of a type
 * @param formExists     whether the inbox has the form of an id
 * @param candidateGroups the groups whose tasks someone can take from the inbox
 * @param shippedProcess whether a process id is one of the product's own processes, which a model may not replace
 * @param requiredInputs for a job type, the inputs its element template marks required, by name, with their labels
 */
record TenderModelCheck(Predicate<String> jobTypeServed, Predicate<String> formExists, Set<String> candidateGroups,
        Predicate<String> shippedProcess, Map<String, Map<String, String>> requiredInputs) {

    /** Larger than any tender model (the product's own largest is under 60 kB), far smaller than harm. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** What the check found: the model when there is no problem, otherwise the problems. */
    record Outcome(BpmnModelInstance model, String processId, String processName, List<String> problems) {

        boolean passed() {
            return problems.isEmpty();
        }

        static Outcome refused(String problem) {
            return new Outcome(null, null, null, List.of(problem));
        }
    }

    Outcome check(byte[] file) {
        if (file == null || file.length == 0) {
            return Outcome.refused("The file is empty: choose the .bpmn file Camunda Modeler saved.");
        }
        if (file.length > MAX_BYTES) {
            return Outcome.refused(tooLarge(file.length));
        }
        String unsafe = hardenedParseProblem(file);
        if (unsafe != null) {
            return Outcome.refused(unsafe);
        }
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file));
        } catch (ModelException e) {
            return Outcome.refused("The file is XML but not a BPMN 2.0 model Camunda 8 can read: "
                    + rootMessage(e));
        }
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.size() != 1) {
            return Outcome.refused("The model has " + processes.size() + " processes; a tender model has exactly one"
                    + " (one pool).");
        }
        Process process = processes.iterator().next();
        List<String> problems = new ArrayList<>();
        checkProcess(process, problems);
        for (ZeebeTaskDefinition definition : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
            checkJob(stepOf(definition), definition, problems);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkUserTask(task, problems);
        }
        return new Outcome(problems.isEmpty() ? model : null, process.getId(), process.getName(), List.copyOf(problems));
    }

    static String tooLarge(long bytes) {
        return "The file is " + kilobytes(bytes) + " kB; a tender model may be at most " + kilobytes(MAX_BYTES)
                + " kB.";
    }

    /** For a file over the server's own upload limit, whose size is never read. */
    static String tooLargeToRead() {
        return "The file is larger than this service takes at all; a tender model may be at most "
                + kilobytes(MAX_BYTES) + " kB.";
    }

    private void checkProcess(Process process, List<String> problems) {
        if (shippedProcess.test(process.getId())) {
            problems.add("The process id \"" + process.getId() + "\" is one of the product's own processes; give"
                    + " your tender model an id of its own (the process's ID in Camunda Modeler).");
        }
        if (!process.isExecutable()) {
            problems.add("The process \"" + name(process) + "\" is not marked executable; tick \"Executable\" on the"
                    + " process in Camunda Modeler.");
        }
        boolean plainStart = process.getChildElementsByType(StartEvent.class).stream()
                .anyMatch(start -> start.getChildElementsByType(EventDefinition.class).isEmpty());
        if (!plainStart) {
            problems.add("The process has no plain start event, so it cannot be started as a tender.");
        }
    }

    private void checkJob(FlowElement step, ZeebeTaskDefinition definition, List<String> problems) {
        String type = definition.getType();
        if (type == null || type.isBlank()) {
            problems.add(describe(step) + " has no job type; apply one of the product's element templates to it.");
            return;
        }
        if (!jobTypeServed.test(type)) {
            problems.add(describe(step) + " has the job type \"" + type + "\", which no worker of this product"
                    + " serves; apply one of the product's element templates to it.");
            return;
        }
        Set<String> mapped = inputsOf(step);
        requiredInputs.getOrDefault(type, Map.of()).forEach((input, label) -> {
            if (!mapped.contains(input)) {
                problems.add(describe(step) + " does not map \"" + label + "\" (the input " + input + "), which its"
                        + " worker needs; fill it in on the step's template.");
            }
        });
    }

    private void checkUserTask(UserTask task, List<String> problems) {
        if (task.getSingleExtensionElement(ZeebeUserTask.class) != null) {
            problems.add(describe(task) + " is a Camunda user task; this product's inbox takes job worker user"
                    + " tasks: set its implementation to \"Job worker\" in Camunda Modeler.");
        }
        ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
        if (form == null || form.getFormId() == null || form.getFormId().isBlank()) {
            problems.add(describe(task) + " links no form by form id; link one of the product's forms, so the"
                    + " person who takes the task sees what to fill in.");
        } else if (!formExists.test(form.getFormId())) {
            problems.add(describe(task) + " links the form \"" + form.getFormId() + "\", which does not exist in"
                    + " this product.");
        }
        ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
        String group = assignment == null || assignment.getCandidateGroups() == null ? ""
                : assignment.getCandidateGroups().replaceAll("[\\[\\]\" ]", "").split(",")[0];
        if (!candidateGroups.contains(group)) {
            problems.add(describe(task) + (group.isEmpty() ? " names no candidate group" : " names the candidate"
                    + " group \"" + group + "\", which nobody belongs to") + ", so nobody could take it from the"
                    + " inbox; use one of " + String.join(", ", candidateGroups.stream().sorted().toList()) + ".");
        }
    }

    private static Set<String> inputsOf(BaseElement step) {
        ZeebeIoMapping mapping = step.getSingleExtensionElement(ZeebeIoMapping.class);
        if (mapping == null) {
            return Set.of();
        }
        return mapping.getInputs().stream()
                .filter(input -> input.getSource() != null && !input.getSource().isBlank()
                        && !input.getSource().strip().equals("="))
                .map(ZeebeInput::getTarget).collect(Collectors.toSet());
    }

    /**
     * Parses with every entity feature off and a document type declaration refused outright: Camunda Modeler never
     * writes one, and one is how an external entity (XXE) or an expanding entity (a billion laughs) gets in.
     */
    private static String hardenedParseProblem(byte[] file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            builder.parse(new ByteArrayInputStream(file));
            return null;
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                return "The file declares a document type (DOCTYPE). Camunda Modeler never writes one, and one can"
                        + " make a parser read files from the server or expand text without limit, so the file was"
                        + " refused.";
            }
            return "The file is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + "): " + e.getMessage();
        } catch (SAXException | IOException e) {
            return "The file could not be read as XML: " + e.getMessage();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature the check relies on", e);
        }
    }

    /** The element a job definition belongs to (a service task, a send task, a message throw event, ...). */
    private static FlowElement stepOf(ModelElementInstance definition) {
        ModelElementInstance current = definition;
        while (current != null && !(current instanceof FlowElement)) {
            current = current.getParentElement();
        }
        return (FlowElement) current;
    }

    private static String describe(FlowElement step) {
        return "The step \"" + name(step) + "\" (" + step.getId() + ")";
    }

    private static String name(FlowElement element) {
        return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
    }

    private static String name(Process process) {
        return process.getName() == null || process.getName().isBlank() ? process.getId() : process.getName();
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
