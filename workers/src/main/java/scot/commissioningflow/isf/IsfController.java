package scot.commissioningflow.isf;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.change.Changes;
import scot.commissioningflow.isf.change.Ending;
import scot.commissioningflow.isf.choice.Choices;
import scot.commissioningflow.isf.choice.ProviderAnswer;
import scot.commissioningflow.isf.choice.ProviderChoice;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IsfView;
import scot.commissioningflow.isf.fund.NewIsf;
import scot.commissioningflow.isf.ledger.Ledger;
import scot.commissioningflow.isf.ledger.LedgerView;
import scot.commissioningflow.isf.ledger.NewSpendStatement;
import scot.commissioningflow.isf.ledger.StatementView;
import scot.commissioningflow.isf.review.NeedsChangeReport;
import scot.commissioningflow.isf.review.ReviewDecision;
import scot.commissioningflow.isf.review.Reviews;
import scot.commissioningflow.tasks.TaskView;

/**
 * Individual service funds for social workers, providers, and the person or their representative, each signed in.
 * Which roles reach each endpoint is {@link IsfAccessRules}; which fund each may see and act on is
 * {@link scot.commissioningflow.isf.access.IsfAccess}.
 */
@RestController
@RequestMapping("/api/isfs")
@Tag(name = "Individual service funds", description = "Self-directed Support Option 2")
class IsfController {

    private final Funds funds;
    private final IsfOverview overview;
    private final Choices choices;
    private final Ledger ledger;
    private final Reviews reviews;
    private final Changes changes;

    IsfController(Funds funds, IsfOverview overview, Choices choices, Ledger ledger, Reviews reviews,
            Changes changes) {
        this.funds = funds;
        this.overview = overview;
        this.choices = choices;
        this.ledger = ledger;
        this.reviews = reviews;
        this.changes = changes;
    }

    /** Whether the report opened a review: it does only while the fund is in place. */
    record ReviewAsked(boolean reviewAskedFor) {
    }

    @PostMapping
    @Operation(summary = "Social worker: open an ISF with the assessed outcomes and the indicative budget")
    ResponseEntity<Funds.Opened> open(@Valid @RequestBody NewIsf request, SignedInPerson person) {
        var opened = funds.open(request, person);
        return ResponseEntity.created(URI.create("/api/isfs/" + opened.reference())).body(opened);
    }

    @GetMapping
    @Operation(summary = "The ISFs the signed-in person may see: a person their own, a provider those it holds, "
            + "council staff their council's")
    List<IsfView> list(SignedInPerson person) {
        return overview.visibleTo(person);
    }

    @GetMapping("/{reference}")
    IsfView get(@PathVariable String reference, SignedInPerson person) {
        return overview.get(reference, person);
    }

    @PostMapping("/{reference}/choice")
    @Operation(summary = "The person (or representative, or social worker with them): the chosen provider, in the "
            + "person's own words")
    TaskView choose(@PathVariable String reference, @Valid @RequestBody ProviderChoice choice,
            SignedInPerson person) {
        return choices.choose(reference, choice, person);
    }

    @PostMapping("/{reference}/provider-answer")
    @Operation(summary = "The chosen provider: accept or decline holding the fund, with its fair-work declaration")
    TaskView answer(@PathVariable String reference, @Valid @RequestBody ProviderAnswer answer,
            SignedInPerson person) {
        return choices.answer(reference, answer, person);
    }

    @PostMapping("/{reference}/statements")
    @Operation(summary = "The provider: a statement of actual spend for one budget month; a repeated statement id "
            + "is counted once")
    ResponseEntity<StatementView> statement(@PathVariable String reference,
            @Valid @RequestBody NewSpendStatement statement, SignedInPerson person) {
        StatementView stored = ledger.recordStatement(reference, statement, person);
        return ResponseEntity.status(stored.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(stored);
    }

    @GetMapping("/{reference}/ledger")
    @Operation(summary = "Budget by month, spend, and the balance and hours banked")
    LedgerView ledger(@PathVariable String reference, SignedInPerson person) {
        return ledger.ledger(reference, person);
    }

    @PostMapping("/{reference}/needs-changes")
    @Operation(summary = "Anyone who can see the ISF: the person's needs have changed; opens a review")
    ResponseEntity<ReviewAsked> needsChanged(@PathVariable String reference,
            @Valid @RequestBody NeedsChangeReport report, SignedInPerson person) {
        boolean reviewOpened = reviews.reportNeedsChange(reference, report, person);
        return ResponseEntity.accepted().body(new ReviewAsked(reviewOpened));
    }

    @PostMapping("/{reference}/review-decision")
    @Operation(summary = "Social worker: the outcome of the open review; a new budget is signed as a variation")
    TaskView review(@PathVariable String reference, @Valid @RequestBody ReviewDecision decision,
            SignedInPerson person) {
        return reviews.decide(reference, decision, person);
    }

    @PostMapping("/{reference}/provider-change")
    @Operation(summary = "The person: move to another provider after the notice period, the balance carried over")
    ResponseEntity<Void> changeProvider(@PathVariable String reference,
            @Valid @RequestBody ProviderChoice choice, SignedInPerson person) {
        changes.requestProviderChange(reference, choice, person);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{reference}/ending")
    @Operation(summary = "The person: move to another SDS option, or to another council area with the support plan")
    ResponseEntity<Void> end(@PathVariable String reference, @Valid @RequestBody Ending ending,
            SignedInPerson person) {
        changes.end(reference, ending, person);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/{reference}/support-plan")
    @Operation(summary = "The support plan that travels with the person")
    SupportPlan supportPlan(@PathVariable String reference, SignedInPerson person) {
        return overview.supportPlan(reference, person);
    }
}
