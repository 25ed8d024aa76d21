package scot.commissioningflow.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Generates contract documents and collects their signatures. Every step is keyed by the contract reference, so the
 * engine delivering a job twice generates, asks and reminds once.
 */
@Service
public class ContractDocuments {

    public static final String IN_PRODUCT = "IN_PRODUCT";
    public static final String E_SIGNATURE = "E_SIGNATURE";

    private static final Logger log = LoggerFactory.getLogger(ContractDocuments.class);

    private final ContractDocumentRepository documents;
    private final SignatoryRepository signatories;
    private final ContractTemplates templates;
    private final TemplateFiller filler;
    private final ESignatureClient eSignature;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractDocuments(ContractDocumentRepository documents, SignatoryRepository signatories,
            ContractTemplates templates, TemplateFiller filler, ESignatureClient eSignature,
            Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.signatories = signatories;
        this.templates = templates;
        this.filler = filler;
        this.eSignature = eSignature;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Fills the template once for this reference; asking again returns the document already made. */
    @Transactional
    public ContractDocumentView generate(String reference, String template, Map<String, Object> fields) {
        if (documents.existsById(reference)) {
            return get(reference);
        }
        byte[] content;
        try (InputStream in = templates.open(template)) {
            content = filler.fill(template, in, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        documents.save(new ContractDocument(reference, template, content, sha256(content), fields, clock.instant()));
        log.info("Generated contract {} from {}", reference, template);
        return get(reference);
    }

    @Transactional(readOnly = true)
    public ContractDocumentView get(String reference) {
        return view(load(reference));
    }

    @Transactional(readOnly = true)
    public byte[] content(String reference) {
        return load(reference).content();
    }

    /** Asks every party to sign: through the e-signature service when one is configured, otherwise in the product. */
    @Transactional
    public void requestSignatures(String reference, List<SignatoryRequest> requested) {
        ContractDocument document = load(reference);
        if (document.status() != SigningStatus.GENERATED) {
            return;
        }
        for (SignatoryRequest party : requested) {
            signatories.save(new Signatory(reference, party.role(), party.name(), party.email()));
        }
        String envelopeId = eSignature.configured()
                ? eSignature.createEnvelope(reference, reference + ".docx", document.content(), document.sha256(),
                        requested)
                : null;
        document.awaitSignatures(envelopeId);
        if (envelopeId == null) {
            for (SignatoryRequest party : requested) {
                notifications.send(new Notification("signature-request/" + reference + "/" + party.role(),
                        party.name(), party.email(), "Please sign contract " + reference,
                        "Contract " + reference + " is ready for you to read and sign in Commissioning Flow. "
                                + "The document's fingerprint (SHA-256) is " + document.sha256() + "."));
            }
        }
    }

    /**
     * Records one party's signature. Refused when the party is not asked to sign, has signed already, signing is
     * over, or the signature names a different document than the one generated.
     */
    @Transactional
    public ContractDocumentView sign(String reference, SignatureSubmission submission, String channel) {
        ContractDocument document = load(reference);
        if (document.status() != SigningStatus.AWAITING_SIGNATURES) {
            throw new Conflict("Contract " + reference + " is not awaiting signatures: it is "
                    + document.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        if (!document.sha256().equals(submission.documentSha256())) {
            throw new InvalidInput("documentSha256", "documentSha256 does not match contract " + reference
                    + ": the document may have changed since it was read, so fetch it again before signing");
        }
        List<Signatory> parties = signatories.findByContractReferenceOrderById(reference);
        Signatory party = parties.stream().filter(p -> p.role().equals(submission.signatoryRole())).findFirst()
                .orElseThrow(() -> new InvalidInput("signatoryRole", "signatoryRole " + submission.signatoryRole()
                        + " is not a party to contract " + reference + "; the parties are "
                        + String.join(", ", parties.stream().map(Signatory::role).toList())));
        if (party.signed()) {
            throw new Conflict("The " + party.role() + " has already signed contract " + reference + ".");
        }
        if (submission.onBehalfOf() != null && submission.authority() == null) {
            throw new InvalidInput("authority", "authority is required when signing on behalf of someone else");
        }
        party.sign(submission.signedBy(), submission.onBehalfOf(), submission.authority(), submission.documentSha256(),
                channel, clock.instant());
        if (parties.stream().allMatch(Signatory::signed)) {
            document.signed(clock.instant());
            events.publishEvent(new ContractSigned(reference, document.sha256()));
            log.info("Contract {} is signed by every party", reference);
        }
        return view(document);
    }

    /** Reminds every party who has not yet signed; a redelivered reminder (same key) sends nothing twice. */
    @Transactional
    public int remind(String reference, long reminderKey) {
        ContractDocument document = load(reference);
        if (document.status() != SigningStatus.AWAITING_SIGNATURES) {
            return 0;
        }
        List<Signatory> unsigned = signatories.findByContractReferenceOrderById(reference).stream()
                .filter(p -> !p.signed()).toList();
        if (document.envelopeId() != null) {
            eSignature.remind(document.envelopeId());
        }
        for (Signatory party : unsigned) {
            String key = "signature-reminder/" + reference + "/" + party.role() + "/" + reminderKey;
            notifications.send(new Notification(key, party.name(), party.email(),
                    "Reminder: contract " + reference + " is waiting for your signature",
                    "Contract " + reference + " still needs your signature. Please read and sign it in "
                            + "Commissioning Flow before the signing deadline."));
            party.reminded();
        }
        return unsigned.size();
    }

    @Transactional
    public void lapse(String reference) {
        load(reference).lapse();
    }

    private ContractDocument load(String reference) {
        return documents.findById(reference)
                .orElseThrow(() -> new NotFound("There is no contract document " + reference + "."));
    }

    private ContractDocumentView view(ContractDocument document) {
        return new ContractDocumentView(document.reference(), document.template(), document.sha256(),
                document.status(), document.generatedAt(), document.signedAt(),
                signatories.findByContractReferenceOrderById(document.reference()).stream()
                        .map(Signatory::view).toList());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
