package scot.commissioningflow.contracts.signing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.contracts.SignatureSubmission;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * Provider users in the browser: the contract documents their organisation is a party to, each to download and
 * read, and to sign in the product on the very document read (the page carries its fingerprint, as the signing API
 * asks). A provider sees only documents it is a party to ({@link ContractSigning}, {@link ContractAccess}).
 */
@Controller
class SigningPages extends Pages implements StartingPoints {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ContractSigning signing;

    SigningPages(ContractSigning signing) {
        this.signing = signing;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.PROVIDER_USER) ? List.of(new StartingPoint(40, "Documents to sign",
                "/documents-to-sign", "Contracts your organisation is a party to: read each one and sign it."))
                : List.of();
    }

    @GetMapping("/documents-to-sign")
    String list(SignedInPerson person, Model model) {
        model.addAttribute("documents", signing.toSignForProviderOf(person));
        model.addAttribute("currentPath", "/documents-to-sign");
        return "contracts/documents-to-sign";
    }

    @GetMapping("/documents-to-sign/{reference}")
    String show(@PathVariable String reference, SignedInPerson person, Model model) {
        return page(reference, person, model, null, List.of());
    }

    @GetMapping("/documents-to-sign/{reference}/document")
    ResponseEntity<byte[]> download(@PathVariable String reference, SignedInPerson person) {
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + ".docx\"")
                .body(signing.content(reference, person));
    }

    @PostMapping("/documents-to-sign/{reference}/signature")
    String sign(@PathVariable String reference, @RequestParam(required = false) String signatoryRole,
            @RequestParam(required = false) String signedBy, @RequestParam(required = false) String documentSha256,
            @RequestParam(required = false) String confirm, SignedInPerson person, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        if (signedBy == null || signedBy.isBlank()) {
            problems.add(new FieldProblem("signedBy", "Enter your full name to sign"));
        } else if (signedBy.length() > TextLimits.NAME) {
            problems.add(new FieldProblem("signedBy", "Your name must be at most 200 characters"));
        }
        if (confirm == null) {
            problems.add(new FieldProblem("confirm", "Confirm that you have read the document and may sign it for "
                    + "your organisation"));
        }
        if (!problems.isEmpty()) {
            return page(reference, person, model, signedBy, problems);
        }
        try {
            signing.sign(reference, new SignatureSubmission(signatoryRole, signedBy.strip(), documentSha256, null,
                    null), person);
        } catch (InvalidInput e) {
            // The fingerprint and the party come from the page itself: a mismatch means it is out of date.
            return page(reference, person, model, signedBy, List.of(new FieldProblem("signedBy", "This page is out "
                    + "of date: the document or who is to sign it changed. Read the document again before you "
                    + "sign")));
        }
        redirect.addFlashAttribute("confirmation", "You signed contract " + reference + ".");
        return "redirect:/documents-to-sign/" + reference;
    }

    private String page(String reference, SignedInPerson person, Model model, String signedBy,
            List<FieldProblem> problems) {
        model.addAttribute("toSign", signing.toSign(reference, person));
        model.addAttribute("signedBy", signedBy);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFor", problems.stream().collect(Collectors.toMap(
                FieldProblem::field, FieldProblem::message, (first, second) -> first)));
        model.addAttribute("currentPath", "/documents-to-sign");
        return "contracts/document-to-sign";
    }
}
