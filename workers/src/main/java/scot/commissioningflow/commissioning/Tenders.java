package scot.commissioningflow.commissioning;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/** Tenders as commissioners create and follow them, and the start of each tender's process. */
@Service
public class Tenders {

    static final String TENDER_PROCESS = "outcomes-based-tender";
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private final TenderRepository tenders;
    private final ProcessEngine engine;
    private final ObjectMapper json;
    private final Clock clock;

    Tenders(TenderRepository tenders, ProcessEngine engine, ObjectMapper json, Clock clock) {
        this.tenders = tenders;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    /** Records the need and starts its tender process; refuses weightings and participation the rules do not allow. */
    @Transactional
    public TenderView create(TenderRequest request, String createdBy) {
        validate(request);
        String reference = "TND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Tender tender = tenders.save(new Tender(reference, request, json.convertValue(request.outcomes(), LIST),
                json.convertValue(request.coProduction(), LIST), createdBy, clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("tenderReference", reference);
        variables.put("title", request.title());
        variables.put("serviceType", request.serviceType().name());
        variables.put("estimatedValueExVat", request.estimatedValueExVat());
        variables.put("estimatedValueIncVat", request.estimatedValueIncVat());
        variables.put("existingService", request.existingService());
        variables.put("continuityDecision", tender.continuityDecision().name());
        variables.put("contractStartDate", request.contractStartDate().toString());
        variables.put("evaluators", request.evaluators());
        variables.put("commissionerName", request.commissionerName());
        variables.put("commissionerEmail", request.commissionerEmail());
        if (request.existingProvider() != null) {
            variables.put("existingProviderName", request.existingProvider().name());
        }
        tender.started(engine.start(TENDER_PROCESS, reference, variables));
        return tender.view();
    }

    @Transactional(readOnly = true)
    public TenderView get(String reference) {
        return load(reference).view();
    }

    Tender load(String reference) {
        return tenders.findByReference(reference)
                .orElseThrow(() -> new NotFound("There is no tender with reference " + reference + "."));
    }

    private static void validate(TenderRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        TenderRequest.Weights weights = request.weights();
        if (weights.total() != 100) {
            problems.add(new FieldProblem("weights", "weights must add up to 100 but quality " + weights.quality()
                    + " + price " + weights.price() + " + fair work " + weights.fairWork() + " make "
                    + weights.total()));
        }
        if (weights.quality() == 0) {
            problems.add(new FieldProblem("weights.quality", "weights.quality must be more than 0: the most"
                    + " economically advantageous tender cannot be judged on price alone"));
        }
        if (request.serviceType() == ServiceType.SOCIAL_CARE && weights.fairWork() == 0) {
            problems.add(new FieldProblem("weights.fairWork", "weights.fairWork must be more than 0 for care and"
                    + " support: fair work is a weighted award criterion"));
        }
        if (request.estimatedValueIncVat().compareTo(request.estimatedValueExVat()) < 0) {
            problems.add(new FieldProblem("estimatedValueIncVat",
                    "estimatedValueIncVat cannot be less than estimatedValueExVat"));
        }
        if (request.existingService() && request.existingProvider() == null) {
            problems.add(new FieldProblem("existingProvider",
                    "existingProvider is required for an existing service, so its continuity can be decided"));
        }
        boolean peopleInvolved = request.coProduction().stream().anyMatch(c ->
                c.who() == TenderRequest.Participant.SUPPORTED_PEOPLE
                        || c.who() == TenderRequest.Participant.UNPAID_CARERS);
        if (request.serviceType() == ServiceType.SOCIAL_CARE && !peopleInvolved) {
            problems.add(new FieldProblem("coProduction", "coProduction must show how supported people or unpaid"
                    + " carers shaped the need and outcomes"));
        }
        if (request.evaluators().stream().distinct().count() != request.evaluators().size()) {
            problems.add(new FieldProblem("evaluators", "evaluators must name each evaluator once"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
