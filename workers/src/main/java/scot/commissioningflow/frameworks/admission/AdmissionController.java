package scot.commissioningflow.frameworks.admission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.MemberStatus;
import scot.commissioningflow.frameworks.Reason;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
@RequestMapping("/api/frameworks/{reference}")
@Tag(name = "Frameworks", description = "National framework agreements and their lots")
class AdmissionController {

    private final Admissions admissions;
    private final PriceUplifts uplifts;
    private final PriceAccess priceAccess;

    AdmissionController(Admissions admissions, PriceUplifts uplifts, PriceAccess priceAccess) {
        this.admissions = admissions;
        this.uplifts = uplifts;
        this.priceAccess = priceAccess;
    }

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply to a lot for your provider organisation while the framework takes applications")
    ApplicationView apply(SignedInPerson person, @PathVariable String reference,
            @Valid @RequestBody FrameworkApplication application) {
        return admissions.apply(reference, application, person);
    }

    @GetMapping("/applications")
    @Operation(summary = "The framework's applications and their outcomes: its procurement staff all, a provider"
            + " user its own")
    List<ApplicationView> applications(SignedInPerson person, @PathVariable String reference) {
        return admissions.applications(reference, person);
    }

    @GetMapping("/lots/{lotNumber}/members")
    @Operation(summary = "Every member of a lot, whatever its status")
    List<LotMember> members(@PathVariable String reference, @PathVariable int lotNumber) {
        return admissions.members(reference, lotNumber);
    }

    @GetMapping("/lots/{lotNumber}/members/{providerReference}/prices")
    @Operation(summary = "A member's price schedule in force on a date (today when not given): staff any, a provider"
            + " user its own")
    List<ScheduledPrice> prices(SignedInPerson person, @PathVariable String reference, @PathVariable int lotNumber,
            @PathVariable String providerReference,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        priceAccess.requireMayRead(person, providerReference);
        return admissions.schedule(reference, lotNumber, providerReference, on == null ? priceAccess.today() : on);
    }

    @PostMapping("/members/{providerReference}/suspension")
    @Operation(summary = "Suspend a member on every lot it holds: it is offered no new work until reinstated")
    List<LotMember> suspend(SignedInPerson person, @PathVariable String reference,
            @PathVariable String providerReference, @Valid @RequestBody Reason reason) {
        return admissions.changeStatus(reference, providerReference, MemberStatus.SUSPENDED, reason.reason(), person);
    }

    @PostMapping("/members/{providerReference}/reinstatement")
    @Operation(summary = "Reinstate a suspended member")
    List<LotMember> reinstate(SignedInPerson person, @PathVariable String reference,
            @PathVariable String providerReference, @Valid @RequestBody Reason reason) {
        return admissions.changeStatus(reference, providerReference, MemberStatus.ADMITTED, reason.reason(), person);
    }

    @PostMapping("/members/{providerReference}/removal")
    @Operation(summary = "Remove a member from the framework for good")
    List<LotMember> remove(SignedInPerson person, @PathVariable String reference,
            @PathVariable String providerReference, @Valid @RequestBody Reason reason) {
        return admissions.changeStatus(reference, providerReference, MemberStatus.REMOVED, reason.reason(), person);
    }

    @PostMapping("/uplifts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Re-issue every member's price schedule for a national pay uplift, as variations both"
            + " parties sign")
    PriceUplifts.UpliftStarted uplift(SignedInPerson person, @PathVariable String reference,
            @Valid @RequestBody UpliftRequest request) {
        return uplifts.request(reference, request, person);
    }
}
