package scot.commissioningflow.commissioning.clarifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.commissioning.clarifications.Clarification.ClarificationView;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.tasks.TaskView;

/** Providers register interest and ask on an opportunity; the commissioner reads and answers on the tender. */
@RestController
@Tag(name = "Clarifications", description = "Questions during the response period, and answers shared with everyone")
class ClarificationController {

    private final Clarifications clarifications;

    ClarificationController(Clarifications clarifications) {
        this.clarifications = clarifications;
    }

    record InterestRequest(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String providerReference,
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String providerName,
            @NotBlank @Email @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_TOO_LONG) String contactEmail) {
    }

    // Questions and answers go to the tender process and in every interested provider's email: a note's length.
    record Question(
            @NotBlank @Size(max = TextLimits.REFERENCE, message = TextLimits.REFERENCE_TOO_LONG)
            String providerReference,
            @NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String question) {
    }

    record Answer(@NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String answer) {
    }

    @PostMapping("/api/opportunities/{reference}/interest")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Register your own provider's interest, to receive every clarification answer")
    void interest(@PathVariable String reference, @Valid @RequestBody InterestRequest request, SignedInPerson person) {
        clarifications.registerInterest(reference, new Clarifications.Interest(request.providerReference(),
                request.providerName(), request.contactEmail()), person);
    }

    @PostMapping("/api/opportunities/{reference}/clarifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask a question for your own provider; the answer goes to every interested provider")
    ClarificationView ask(@PathVariable String reference, @Valid @RequestBody Question question,
            SignedInPerson person) {
        return clarifications.ask(reference, question.providerReference(), question.question(), person);
    }

    @GetMapping("/api/tenders/{reference}/clarifications")
    @Operation(summary = "Every clarification question, answered or not, and who each answer was shared with; a"
            + " provider sees its own questions and the answers shared with it")
    List<ClarificationView> clarifications(@PathVariable String reference, SignedInPerson person) {
        return clarifications.all(reference, person);
    }

    @PostMapping("/api/tenders/{reference}/clarifications/{id}/answer")
    @Operation(summary = "Answer a question; the answer goes to every provider who registered interest")
    TaskView answer(@PathVariable String reference, @PathVariable long id, @Valid @RequestBody Answer answer,
            SignedInPerson person) {
        return clarifications.answer(reference, id, answer.answer(), person);
    }
}
