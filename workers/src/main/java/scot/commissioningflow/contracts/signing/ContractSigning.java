package scot.commissioningflow.contracts.signing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.contracts.ContractDocumentView;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractSigned;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.SignatureSubmission;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.contracts.documents.ContractGenerator;
import scot.commissioningflow.contracts.documents.GeneratedDocument;
import scot.commissioningflow.contracts.signing.ContractDocumentRepository.DocumentState;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.notifications.Notification;
import scot.commissioningflow.notifications.Notifications;
import scot.commissioningflow.platform.web.NotFound;

/**
 * Generates contract documents and collects their signatures. Every step is keyed by the contract reference, so the
 * engine delivering a job twice generates, asks and reminds once.
 */
@Service
class ContractSigning implements ContractDocuments {

    private static final Logger log = LoggerFactory.getLogger(ContractSigning.class);

    private final ContractDocumentRepository documents;
    private final SignatoryRepository signatories;
    private final ContractGenerator generator;
    private final ESignatureClient eSignature;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    ContractSigning(ContractDocumentRepository documents, SignatoryRepository signatories,
            ContractGenerator generator, ESignatureClient eSignature, Notifications notifications,
            ApplicationEventPublisher events, ObjectMapper json, AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.signatories = signatories;
        this.generator = generator;
        this.eSignature = eSignature;
        this.notifications = notifications;
        this.events = events;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ContractDocumentView generate(ContractRequest request) {
        String reference = request.contractReference();
        if (documents.existsById(reference)) {
            return get(reference);
        }
        GeneratedDocument generated = generator.generate(request.template(), request.fields());
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = request.fields() == null ? Map.of()
                : json.convertValue(request.fields(), Map.class);
        documents.save(new ContractDocument(reference, request.template(), generated.content(), generated.sha256(),
                fields, clock.instant()));
        log.info("Generated contract {} from {}", reference, request.template());
        return get(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public ContractDocumentView get(String reference) {
        return view(state(reference));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] content(String reference) {
        return load(reference).content();
    }

    /**
     * Asks every party to sign: through the e-signature service when one is configured, otherwise in the product.
     * The deadline is fixed when they are first asked and kept with the document; asked again (the job delivered
     * twice, or the process resumed after a restart) the parties keep the deadline they were given. Answers the time
     * left until it, nothing when it has passed.
     */
    @Transactional
    Duration requestSignatures(String reference, List<SignatoryRequest> requested, Duration timeToSign) {
        ContractDocument document = load(reference);
        if (document.status() != SigningStatus.GENERATED) {
            // Asked before signing deadlines were stored: the deadline counts from now, as it did then.
            document.keepSigningDeadline(clock.instant().plus(timeToSign));
            return timeLeft(document);
        }
        for (SignatoryRequest party : requested) {
            signatories.save(new Signatory(reference, party));
        }
        String envelopeId = eSignature.configured()
                ? eSignature.createEnvelope(reference, reference + ".docx", document.content(), document.sha256(),
                        requested)
                : null;
        document.awaitSignatures(envelopeId, clock.instant().plus(timeToSign));
        if (envelopeId == null) {
            for (SignatoryRequest party : requested) {
                notifications.send(new Notification("signature-request/" + reference + "/" + party.role(),
                        party.name(), party.email(), "Please sign contract " + reference,
                        "Contract " + reference + " is ready for you to read and sign in Commissioning Flow. "
                                + "The document's fingerprint (SHA-256) is " + document.sha256() + "."));
            }
        }
        return timeLeft(document);
    }

    private Duration timeLeft(ContractDocument document) {
        Duration left = Duration.between(clock.instant(), document.signingDeadline());
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    @Transactional
    public ContractDocumentView sign(String reference, SignatureSubmission submission, SignedInPerson signer) {
        ContractDocument document = loadForSigning(reference);
        List<Signatory> parties = signatories.findByContractReferenceOrderById(reference);
        ContractAccess.requireSomeParty(reference, parties, signer);
        Signatory party = SigningRules.partySigning(document, parties, submission);
        ContractAccess.requireSigner(reference, party, signer);
        record(document, parties, party, submission, IN_PRODUCT);
        audit.record(signer, AuditEntry.of("contract.signed", "contract", reference, signer.username()
                + " signed for the " + party.role() + " (" + party.name() + ")" + onBehalf(submission)
                + " in the product, on the document with SHA-256 " + submission.documentSha256() + "."));
        return view(document, parties);
    }

    /** A signature the e-signature service reports, having checked the signer itself. */
    @Transactional
    ContractDocumentView signedThroughService(String reference, SignatureSubmission submission) {
        ContractDocument document = loadForSigning(reference);
        List<Signatory> parties = signatories.findByContractReferenceOrderById(reference);
        Signatory party = SigningRules.partySigning(document, parties, submission);
        record(document, parties, party, submission, E_SIGNATURE);
        audit.recordBySystem("e-signature", AuditEntry.of("contract.signed", "contract", reference,
                submission.signedBy() + " signed for the " + party.role() + " (" + party.name() + ")"
                        + onBehalf(submission) + " through the e-signature service, on the document with SHA-256 "
                        + submission.documentSha256() + "."));
        return view(document, parties);
    }

    /** The document's state, for its parties and the buying council's staff. */
    @Transactional(readOnly = true)
    ContractDocumentView get(String reference, SignedInPerson reader) {
        DocumentState document = state(reference);
        List<Signatory> parties = signatories.findByContractReferenceOrderById(reference);
        ContractAccess.requireReader(reference, parties, reader);
        return view(document, parties);
    }

    /** Every document the person's provider is a party to, newest first, each with what is left for it to sign. */
    @Transactional(readOnly = true)
    List<DocumentToSign> toSignForProviderOf(SignedInPerson person) {
        if (person.organisation() == null || !person.actsForProvider(person.organisation())) {
            return List.of();
        }
        return signatories.findByPartyAndOrganisationOrderByIdDesc(Signer.Party.PROVIDER, person.organisation())
                .stream().map(party -> toSign(party.contractReference(), person)).toList();
    }

    /** The document for one of its parties or the buying council's staff, with the party this person may sign for. */
    @Transactional(readOnly = true)
    DocumentToSign toSign(String reference, SignedInPerson person) {
        DocumentState document = state(reference);
        List<Signatory> parties = signatories.findByContractReferenceOrderById(reference);
        ContractAccess.requireReader(reference, parties, person);
        String signsAs = document.status() != SigningStatus.AWAITING_SIGNATURES ? null : parties.stream()
                .filter(party -> !party.signed()
                        && party.signer().map(signer -> ContractAccess.maySignFor(signer, person)).orElse(false))
                .map(Signatory::role).findFirst().orElse(null);
        return new DocumentToSign(view(document, parties), signsAs);
    }

    /**
     * @param document the document and who has signed it
     * @param signsAs  the role of the party this person may still sign for, or null when there is none
     */
    record DocumentToSign(ContractDocumentView document, String signsAs) {
    }

    /** The document's bytes, for its parties and the buying council's staff. */
    @Transactional(readOnly = true)
    byte[] content(String reference, SignedInPerson reader) {
        ContractDocument document = load(reference);
        ContractAccess.requireReader(reference, signatories.findByContractReferenceOrderById(reference), reader);
        return document.content();
    }

    private void record(ContractDocument document, List<Signatory> parties, Signatory party,
            SignatureSubmission submission, String channel) {
        party.sign(submission.signedBy(), submission.onBehalfOf(), submission.authority(), submission.documentSha256(),
                channel, clock.instant());
        if (parties.stream().allMatch(Signatory::signed)) {
            document.signed(clock.instant());
            events.publishEvent(new ContractSigned(document.reference(), document.sha256()));
            log.info("Contract {} is signed by every party", document.reference());
        }
    }

    private static String onBehalf(SignatureSubmission submission) {
        return submission.onBehalfOf() == null ? ""
                : " on behalf of " + submission.onBehalfOf() + " under " + submission.authority();
    }

    /** Reminds every party who has not yet signed; a redelivered reminder (same key) sends nothing twice. */
    @Transactional
    int remind(String reference, long reminderKey) {
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

    /**
     * Closes signing at the deadline, unless the last party signed first: locked as a signature is, so the two take
     * turns and a contract signed in the same moment is never marked lapsed. Answers whether it was signed.
     */
    @Transactional
    boolean lapse(String reference) {
        ContractDocument document = loadForSigning(reference);
        document.lapse();
        return document.status() == SigningStatus.SIGNED;
    }

    private ContractDocument load(String reference) {
        return documents.findById(reference).orElseThrow(() -> noDocument(reference));
    }

    /** The document, for a signature: locked until the transaction ends, so that signatures take turns. */
    private ContractDocument loadForSigning(String reference) {
        return documents.findForSigning(reference).orElseThrow(() -> noDocument(reference));
    }

    /** The state alone: the document's bytes and fields are read only where they are needed. */
    private DocumentState state(String reference) {
        return documents.findStateByReference(reference).stream().findFirst()
                .orElseThrow(() -> noDocument(reference));
    }

    private static NotFound noDocument(String reference) {
        return new NotFound("There is no contract document " + reference + ".");
    }

    /** The parties as this transaction left them: asking the database again would only flush them first. */
    private static ContractDocumentView view(ContractDocument document, List<Signatory> parties) {
        return view(new DocumentState(document.reference(), document.template(), document.sha256(),
                document.status(), document.generatedAt(), document.signedAt()), parties);
    }

    private ContractDocumentView view(DocumentState document) {
        return view(document, signatories.findByContractReferenceOrderById(document.reference()));
    }

    private static ContractDocumentView view(DocumentState document, List<Signatory> parties) {
        return new ContractDocumentView(document.reference(), document.template(), document.sha256(),
                document.status(), document.generatedAt(), document.signedAt(),
                parties.stream().map(Signatory::view).toList());
    }
}
