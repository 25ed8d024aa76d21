package scot.commissioningflow.commissioning.tender;

import static scot.commissioningflow.commissioning.TenderProcess.AWARD_STAGE;
import static scot.commissioningflow.commissioning.TenderProcess.CONTRACT_STAGE;
import static scot.commissioningflow.commissioning.TenderProcess.DECIDE_NEXT_STEP;
import static scot.commissioningflow.commissioning.TenderProcess.EVALUATION_STAGE;
import static scot.commissioningflow.commissioning.TenderProcess.RESPONSE_PERIOD_STAGE;
import static scot.commissioningflow.commissioning.TenderProcess.ROUTE_STAGE;
import static scot.commissioningflow.commissioning.TenderProcess.TENDER_CANCELLED;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Commissioners in the browser: their council's tenders with the stage each has reached, said in words and shown on
 * the tender process's diagram (bpmn-js draws the model this controller serves; the stage's call activity is marked).
 * Only the buyer's own staff see a tender, as in the API.
 */
@Controller
class TenderPages extends Pages implements StartingPoints {

    /** The tender's top-level model, as deployed (processes/ on the classpath). */
    private static final ClassPathResource MODEL = new ClassPathResource(
            "processes/commissioning/outcomes-based-tender.bpmn");

    /** Where a tender of each status stands, in the words a commissioner uses. */
    private static final Map<TenderStatus, String> STAGE_IN_WORDS = Map.ofEntries(
            Map.entry(TenderStatus.NEED_RECORDED, "The need is recorded; continuity, the procurement route and the "
                    + "notice duties are being decided."),
            Map.entry(TenderStatus.ROUTE_CHOSEN, "The route is chosen; the tender is about to open for responses."),
            Map.entry(TenderStatus.OPEN_FOR_RESPONSES, "Open for responses. Responses stay sealed until the "
                    + "deadline."),
            Map.entry(TenderStatus.EVALUATING, "The deadline has passed: responses are being checked, scored and "
                    + "moderated."),
            Map.entry(TenderStatus.NO_COMPLIANT_RESPONSES, "No response was compliant: re-tender or cancel is to be"
                    + " decided."),
            Map.entry(TenderStatus.AWARD_DECIDED, "The award is decided: debriefs go out and standstill follows."),
            Map.entry(TenderStatus.STANDSTILL, "In standstill: providers may still challenge the award."),
            Map.entry(TenderStatus.CHALLENGED, "The award has been challenged and the challenge is being reviewed."),
            Map.entry(TenderStatus.AWARDED, "Awarded: the contract is being made and signed."),
            Map.entry(TenderStatus.CONTRACT_LIVE, "The contract is signed, registered and live."),
            Map.entry(TenderStatus.CONTRACT_NOT_SIGNED, "The contract was not signed in time."),
            Map.entry(TenderStatus.CANCELLED, "Cancelled."));

    /** The stages a tender of each status has passed, and the one it is at, by the model's element ids. */
    private static final Map<TenderStatus, List<String>> PASSED = Map.ofEntries(
            Map.entry(TenderStatus.NEED_RECORDED, List.of()),
            Map.entry(TenderStatus.ROUTE_CHOSEN, List.of(ROUTE_STAGE)),
            Map.entry(TenderStatus.OPEN_FOR_RESPONSES, List.of(ROUTE_STAGE)),
            Map.entry(TenderStatus.EVALUATING, List.of(ROUTE_STAGE, RESPONSE_PERIOD_STAGE)),
            Map.entry(TenderStatus.NO_COMPLIANT_RESPONSES, List.of(ROUTE_STAGE, RESPONSE_PERIOD_STAGE,
                    EVALUATION_STAGE)),
            Map.entry(TenderStatus.AWARD_DECIDED, List.of(ROUTE_STAGE, RESPONSE_PERIOD_STAGE, EVALUATION_STAGE)),
            Map.entry(TenderStatus.STANDSTILL, List.of(ROUTE_STAGE, RESPONSE_PERIOD_STAGE, EVALUATION_STAGE)),
            Map.entry(TenderStatus.CHALLENGED, List.of(ROUTE_STAGE, RESPONSE_PERIOD_STAGE, EVALUATION_STAGE)),
            Map.entry(TenderStatus.AWARDED, List.of(ROUTE_STAGE, RESPONSE_PERIOD_STAGE, EVALUATION_STAGE,
                    AWARD_STAGE)),
            Map.entry(TenderStatus.CONTRACT_NOT_SIGNED, List.of(ROUTE_STAGE, RESPONSE_PERIOD_STAGE, EVALUATION_STAGE,
                    AWARD_STAGE)),
            Map.entry(TenderStatus.CONTRACT_LIVE, List.of(ROUTE_STAGE, RESPONSE_PERIOD_STAGE, EVALUATION_STAGE,
                    AWARD_STAGE, CONTRACT_STAGE)),
            Map.entry(TenderStatus.CANCELLED, List.of()));
    private static final Map<TenderStatus, String> CURRENT = Map.ofEntries(
            Map.entry(TenderStatus.NEED_RECORDED, ROUTE_STAGE),
            Map.entry(TenderStatus.ROUTE_CHOSEN, RESPONSE_PERIOD_STAGE),
            Map.entry(TenderStatus.OPEN_FOR_RESPONSES, RESPONSE_PERIOD_STAGE),
            Map.entry(TenderStatus.EVALUATING, EVALUATION_STAGE),
            Map.entry(TenderStatus.NO_COMPLIANT_RESPONSES, DECIDE_NEXT_STEP),
            Map.entry(TenderStatus.AWARD_DECIDED, AWARD_STAGE),
            Map.entry(TenderStatus.STANDSTILL, AWARD_STAGE),
            Map.entry(TenderStatus.CHALLENGED, AWARD_STAGE),
            Map.entry(TenderStatus.AWARDED, CONTRACT_STAGE),
            Map.entry(TenderStatus.CONTRACT_NOT_SIGNED, CONTRACT_STAGE),
            Map.entry(TenderStatus.CANCELLED, TENDER_CANCELLED));

    private final Tenders tenders;

    TenderPages(Tenders tenders) {
        this.tenders = tenders;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.hasAny(Role.COMMISSIONER, Role.PROCUREMENT_OFFICER) ? List.of(new StartingPoint(20, "Tenders", "/tenders",
                "Your council's tenders, the stage each has reached, and where that is in the tender process."))
                : List.of();
    }

    @GetMapping("/tenders")
    String list(SignedInPerson person, Model model) {
        model.addAttribute("tenders", tenders.forBuyerStaff(person));
        model.addAttribute("stageInWords", STAGE_IN_WORDS);
        model.addAttribute("currentPath", "/tenders");
        return "commissioning/tenders";
    }

    @GetMapping("/tenders/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        TenderView tender = tenders.get(reference, person);
        model.addAttribute("tender", tender);
        model.addAttribute("stageInWords", STAGE_IN_WORDS);
        model.addAttribute("passedSteps", String.join(" ", PASSED.getOrDefault(tender.status(), List.of())));
        model.addAttribute("currentStep", CURRENT.getOrDefault(tender.status(), ""));
        model.addAttribute("currentPath", "/tenders");
        return "commissioning/tender";
    }

    /** The tender process's model for the diagram: the same for every tender, so cacheable by the browser. */
    @GetMapping("/tenders/process-model")
    ResponseEntity<byte[]> processModel() {
        try (InputStream in = MODEL.getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
