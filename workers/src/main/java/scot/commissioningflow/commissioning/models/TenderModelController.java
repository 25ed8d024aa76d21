package scot.commissioningflow.commissioning.models;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import scot.commissioningflow.commissioning.tender.TenderRequest;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.InvalidInput;

/** Commissioners' own tender models: check, deploy, list, and start a tender on one. */
@RestController
@RequestMapping("/api/tender-models")
@Tag(name = "Tender models", description = "Tenders modelled by commissioners in BPMN (Camunda Modeler)")
class TenderModelController {

    /** The problems a check found; empty when the model can be deployed. */
    record CheckResult(List<String> problems) {
    }

    private final TenderModels models;
    private final ElementTemplates templates;

    TenderModelController(TenderModels models, ElementTemplates templates) {
        this.models = models;
        this.templates = templates;
    }

    @PostMapping(path = "/checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Check a .bpmn file without deploying it: each problem in words, none when it can be"
            + " deployed")
    CheckResult check(@RequestParam(TenderModels.FIELD) MultipartFile model) {
        return new CheckResult(models.problems(bytes(model)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Check and deploy a .bpmn file as a new version of a tender model; refused (400) with each"
            + " problem named, and then nothing changes")
    ResponseEntity<TenderModelView> deploy(@RequestParam(TenderModels.FIELD) MultipartFile model,
            SignedInPerson person) {
        TenderModelView deployed = models.deploy(model.getOriginalFilename(), bytes(model), person);
        return ResponseEntity.created(URI.create("/api/tender-models")).body(deployed);
    }

    @GetMapping
    @Operation(summary = "Every deployed version of every tender model, newest first")
    List<TenderModelView> all() {
        return models.all();
    }

    @PostMapping("/{processId}/tenders")
    @Operation(summary = "Record a need and start its tender on the latest version of this tender model")
    ResponseEntity<TenderView> startTender(@PathVariable String processId, @Valid @RequestBody TenderRequest request,
            SignedInPerson person) {
        TenderView created = models.startTender(processId, request, person);
        return ResponseEntity.created(URI.create("/api/tenders/" + created.reference())).body(created);
    }

    @GetMapping("/element-templates")
    @Operation(summary = "The product's element templates, as Camunda Modeler and the modeler page apply them")
    JsonNode elementTemplates() {
        return templates.all();
    }

    static byte[] bytes(MultipartFile file) {
        // Refused before reading: a file over the limit is never read into memory.
        if (file.getSize() > TenderModelCheck.MAX_BYTES) {
            throw new InvalidInput(TenderModels.FIELD, TenderModelCheck.tooLarge(file.getSize()));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
