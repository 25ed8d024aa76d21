package scot.commissioningflow.collaboration.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.TextLimits;

/** Joint applications: the lead writes and submits, partners confirm, the funder and free panel members read. */
@RestController
@Tag(name = "Collaboration funding", description = "Funding rounds for provider collaboration")
class ApplicationController {

    /** A partner's confirmation of its part, in its own words. */
    record Confirmation(@NotBlank @Size(max = TextLimits.NOTE, message = TextLimits.NOTE_TOO_LONG) String part) {
    }

    /** The partnership agreement as a file: its name, type and bytes in base64 (at most 10 MB decoded). */
    record AgreementUpload(
            @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String fileName,
            @NotBlank @Size(max = 100, message = "must be at most 100 characters") String contentType,
            @NotBlank @Size(max = 14_000_000, message = "must be at most 10 MB once decoded") String contentBase64) {
    }

    private final Applications applications;

    ApplicationController(Applications applications) {
        this.applications = applications;
    }

    @PostMapping("/api/collaboration/rounds/{reference}/applications")
    @Operation(summary = "Lead provider: start a joint application for your organisation and named partners")
    ResponseEntity<ApplicationView> start(@PathVariable String reference,
            @Valid @RequestBody ApplicationRequest request, SignedInPerson lead) {
        ApplicationView application = applications.start(reference, request, lead);
        return ResponseEntity.created(URI.create("/api/collaboration/applications/" + application.reference()))
                .body(application);
    }

    @GetMapping("/api/collaboration/rounds/{reference}/applications")
    @Operation(summary = "The round's applications you may see: your partnership's, all for the funder, and for a"
            + " panel member those they declared no conflict in")
    List<ApplicationView> list(@PathVariable String reference, SignedInPerson person) {
        return applications.forRound(reference, person);
    }

    @GetMapping("/api/collaboration/applications/{reference}")
    ApplicationView get(@PathVariable String reference, SignedInPerson person) {
        return applications.view(reference, person);
    }

    @PostMapping("/api/collaboration/applications/{reference}/confirmation")
    @Operation(summary = "Partner: confirm your part in the joint application, in your own words")
    ApplicationView confirm(@PathVariable String reference, @Valid @RequestBody Confirmation confirmation,
            SignedInPerson partner) {
        return applications.confirmPart(reference, confirmation.part(), partner);
    }

    @PutMapping("/api/collaboration/applications/{reference}/partnership-agreement")
    @Operation(summary = "Lead provider: attach the signed partnership agreement (PDF or Word, at most 10 MB)")
    ApplicationView attach(@PathVariable String reference, @Valid @RequestBody AgreementUpload upload,
            SignedInPerson lead) {
        byte[] content;
        try {
            content = Base64.getDecoder().decode(upload.contentBase64());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("contentBase64", "contentBase64 is not base64: send the file's bytes encoded"
                    + " as base64");
        }
        return applications.attachAgreement(reference, upload.fileName(), upload.contentType(), content, lead);
    }

    @GetMapping("/api/collaboration/applications/{reference}/partnership-agreement")
    ResponseEntity<byte[]> agreement(@PathVariable String reference, SignedInPerson person) {
        Applications.AttachedAgreement agreement = applications.agreement(reference, person);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(agreement.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(agreement.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.ETAG, "\"" + agreement.sha256() + "\"")
                .body(agreement.content());
    }

    @PostMapping("/api/collaboration/applications/{reference}/submission")
    @Operation(summary = "Lead provider: submit the application once every partner has confirmed and the agreement"
            + " is attached")
    ApplicationView submit(@PathVariable String reference, SignedInPerson lead) {
        return applications.submit(reference, lead);
    }
}
