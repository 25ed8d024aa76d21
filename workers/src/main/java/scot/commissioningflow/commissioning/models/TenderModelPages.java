package scot.commissioningflow.commissioning.models;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Commissioners' tender models in the browser: the deployed versions, an upload of a file saved from Camunda
 * Modeler, and a modeler page (bpmn-js with the product's element templates) that checks and deploys what is drawn.
 */
@Controller
class TenderModelPages extends Pages implements StartingPoints {

    private final TenderModels models;

    TenderModelPages(TenderModels models) {
        this.models = models;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.COMMISSIONER) ? List.of(new StartingPoint(25, "Tender models", "/tender-models",
                "Draw a tender's process, or upload one saved from Camunda Modeler, and deploy it after a check."))
                : List.of();
    }

    @GetMapping("/tender-models")
    String list(Model model) {
        return page(model, List.of());
    }

    @PostMapping("/tender-models")
    String upload(@RequestParam(name = TenderModels.FIELD, required = false) MultipartFile file, SignedInPerson person,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput(TenderModels.FIELD, "Choose the .bpmn file to upload");
            }
            TenderModelView deployed = models.deploy(file.getOriginalFilename(), TenderModelController.bytes(file),
                    person);
            redirect.addFlashAttribute("deployed", deployed);
            return "redirect:/tender-models";
        } catch (InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, refused.problems());
        }
    }

    @GetMapping("/tender-models/modeler")
    String modeler(Model model) {
        model.addAttribute("currentPath", "/tender-models");
        return "commissioning/tender-modeler";
    }

    private String page(Model model, List<FieldProblem> problems) {
        model.addAttribute("models", models.all());
        model.addAttribute("problems", problems);
        model.addAttribute("currentPath", "/tender-models");
        return "commissioning/tender-models";
    }
}
