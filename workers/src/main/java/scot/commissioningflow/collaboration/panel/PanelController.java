package scot.commissioningflow.collaboration.panel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.collaboration.panel.PanelRequests.MarkView;
import scot.commissioningflow.collaboration.panel.PanelRequests.PanelItem;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.tasks.TaskView;

/** The panel: members declare conflicts and score independently; the funder moderates. */
@RestController
@Tag(name = "Collaboration funding", description = "Funding rounds for provider collaboration")
class PanelController {

    private final Panel panel;

    PanelController(Panel panel) {
        this.panel = panel;
    }

    @GetMapping("/api/collaboration/rounds/{reference}/panel")
    @Operation(summary = "Panel member: the applications to declare on (names only) and where you stand on each")
    List<PanelItem> items(@PathVariable String reference, SignedInPerson member) {
        return panel.itemsFor(reference, member);
    }

    @PostMapping("/api/collaboration/rounds/{reference}/conflicts")
    @Operation(summary = "Panel member: declare, for each application, whether you have a conflict of interest")
    List<PanelItem> declare(@PathVariable String reference, @Valid @RequestBody PanelRequests.Declarations body,
            SignedInPerson member) {
        return panel.declare(reference, body.declarations(), member);
    }

    @PostMapping("/api/collaboration/applications/{reference}/scores")
    @Operation(summary = "Panel member: your marks for an application you declared no conflict in")
    void score(@PathVariable String reference, @Valid @RequestBody PanelRequests.Scores body,
            SignedInPerson member) {
        panel.score(reference, body.scores(), member);
    }

    @PostMapping("/api/collaboration/rounds/{reference}/scoring-complete")
    @Operation(summary = "Panel member: say you have declared on and scored everything you are asked to")
    TaskView scoringComplete(@PathVariable String reference, SignedInPerson member) {
        return panel.scoringComplete(reference, member);
    }

    @GetMapping("/api/collaboration/rounds/{reference}/marks")
    @Operation(summary = "Funder: every member's marks, for moderation")
    List<MarkView> marks(@PathVariable String reference, SignedInPerson funder) {
        return panel.marks(reference, funder);
    }

    @PostMapping("/api/collaboration/rounds/{reference}/moderation")
    @Operation(summary = "Funder: the moderated marks and the conditions every grant carries")
    TaskView moderate(@PathVariable String reference, @Valid @RequestBody PanelRequests.Moderation body,
            SignedInPerson funder) {
        return panel.moderate(reference, body, funder);
    }
}
