package scot.commissioningflow.commissioning.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.commissioning.award.DebriefLetter.LetterView;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.tasks.TaskView;

/** Commissioners: decide the recommended award, then follow it and the letters that explain it. */
@RestController
@RequestMapping("/api/tenders/{reference}")
@Tag(name = "Tenders")
class AwardController {

    private final Awards awards;

    AwardController(Awards awards) {
        this.awards = awards;
    }

    // The rationale goes to the tender process with the decision, so it is kept to a note's length.
    record AwardApproval(@NotNull Boolean approve,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String rationale) {
    }

    @PostMapping("/award-decision")
    @Operation(summary = "Approve the recommended award, or send it back to moderation")
    TaskView decideAward(@PathVariable String reference, @Valid @RequestBody AwardApproval decision,
            SignedInPerson person) {
        return awards.decide(reference, decision.approve(), decision.rationale(), person);
    }

    @GetMapping("/award")
    @Operation(summary = "The award and the ranking behind it, for the buying council's staff")
    AwardView award(@PathVariable String reference, SignedInPerson person) {
        return awards.award(reference, person);
    }

    @GetMapping("/debrief-letters")
    @Operation(summary = "The debrief letters; a provider reads only its own")
    List<LetterView> debriefLetters(@PathVariable String reference, SignedInPerson person) {
        return awards.letters(reference, person);
    }
}
