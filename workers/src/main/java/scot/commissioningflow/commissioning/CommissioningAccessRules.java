package scot.commissioningflow.commissioning;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static scot.commissioningflow.identity.Role.COMMISSIONER;
import static scot.commissioningflow.identity.Role.EVALUATOR;
import static scot.commissioningflow.identity.Role.PROCUREMENT_LEAD;
import static scot.commissioningflow.identity.Role.PROCUREMENT_OFFICER;
import static scot.commissioningflow.identity.Role.PROVIDER_USER;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;

/**
 * Who reaches the endpoints of an outcomes-based tender. Beyond these roles, {@code tender.TenderAccess} looks at the
 * record: staff act only on tenders their own council is buying through, a provider user only for their own provider,
 * and nobody reads a response before the deadline.
 * <p>
 * Commissioners record needs and decide awards; procurement officers (a procurement lead is one too) run the procedure
 * beside them: they answer clarifications, moderate scores and follow the tender, its award and its challenges.
 * Evaluators score and read the opened responses they score. Provider users respond, register interest, ask
 * questions and challenge an award, each for their own provider, and read back only their own provider's records.
 */
@Component
public class CommissioningAccessRules implements AccessRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                // Open opportunities are public notices, as on Public Contracts Scotland: providers find them first.
                EndpointRule.publicOnPurpose(GET, "/api/opportunities",
                        "Open opportunities are public notices: providers find them before signing in."),
                EndpointRule.publicOnPurpose(GET, "/api/opportunities/{reference}",
                        "An open opportunity's notice is public, as on Public Contracts Scotland."),

                // The provider's own acts on an opportunity.
                EndpointRule.allow(POST, "/api/opportunities/{reference}/responses", PROVIDER_USER),
                // The providers' pages (responses.OpportunityPages), on the same rules as the API they use.
                EndpointRule.allow(GET, "/opportunities", PROVIDER_USER),
                EndpointRule.allow(GET, "/opportunities/{reference}", PROVIDER_USER),
                EndpointRule.allow(POST, "/opportunities/{reference}/interest", PROVIDER_USER),
                EndpointRule.allow(POST, "/opportunities/{reference}/response", PROVIDER_USER),
                // The commissioners' pages (tender.TenderPages); each tender only for its buyer's staff.
                EndpointRule.allow(GET, "/tenders", COMMISSIONER, PROCUREMENT_OFFICER),
                EndpointRule.allow(GET, "/tenders/{reference}", COMMISSIONER, PROCUREMENT_OFFICER),
                EndpointRule.allow(GET, "/tenders/process-model", COMMISSIONER, PROCUREMENT_OFFICER),
                // Clarifications (clarifications.ClarificationPages): staff answer, a provider asks and reads its own.
                EndpointRule.allow(GET, "/tenders/{reference}/clarifications", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD),
                EndpointRule.allow(POST, "/tenders/{reference}/clarifications/{id}/answer", COMMISSIONER,
                        PROCUREMENT_OFFICER, PROCUREMENT_LEAD),
                EndpointRule.allow(GET, "/opportunities/{reference}/questions", PROVIDER_USER),
                EndpointRule.allow(POST, "/opportunities/{reference}/questions", PROVIDER_USER),
                // The award (award.AwardPages): staff follow it, a commissioner decides; a provider its own outcome.
                EndpointRule.allow(GET, "/tenders/{reference}/award", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD),
                EndpointRule.allow(POST, "/tenders/{reference}/award", COMMISSIONER),
                EndpointRule.allow(GET, "/opportunities/{reference}/outcome", PROVIDER_USER),
                EndpointRule.allow(POST, "/opportunities/{reference}/challenges", PROVIDER_USER),
                // Scoring (evaluation.EvaluationPages): evaluators score, the procurement staff moderate.
                EndpointRule.allow(GET, "/scoring", EVALUATOR),
                EndpointRule.allow(GET, "/tenders/{reference}/scoring", EVALUATOR),
                EndpointRule.allow(POST, "/tenders/{reference}/scoring", EVALUATOR),
                EndpointRule.allow(GET, "/tenders/{reference}/moderation", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD),
                EndpointRule.allow(POST, "/tenders/{reference}/moderation", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD),
                EndpointRule.allow(POST, "/api/opportunities/{reference}/interest", PROVIDER_USER),
                EndpointRule.allow(POST, "/api/opportunities/{reference}/clarifications", PROVIDER_USER),
                EndpointRule.allow(POST, "/api/opportunities/{reference}/challenges", PROVIDER_USER),

                // The buying council's decisions.
                EndpointRule.allow(POST, "/api/tenders", COMMISSIONER),
                EndpointRule.allow(POST, "/api/tenders/{reference}/award-decision", COMMISSIONER),
                EndpointRule.allow(POST, "/api/tenders/{reference}/clarifications/{id}/answer", COMMISSIONER,
                        PROCUREMENT_OFFICER, PROCUREMENT_LEAD),
                EndpointRule.allow(POST, "/api/tenders/{reference}/evaluations", EVALUATOR),
                EndpointRule.allow(POST, "/api/tenders/{reference}/moderation", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD),

                // Following a tender: the buyer's staff; the award's ranking names every provider's scores.
                EndpointRule.allow(GET, "/api/tenders/{reference}", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD, EVALUATOR),
                EndpointRule.allow(GET, "/api/tenders/{reference}/award", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD),

                // Records a provider may read too, filtered to its own (and, for responses, only after the deadline).
                EndpointRule.allow(GET, "/api/tenders/{reference}/responses", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD, EVALUATOR, PROVIDER_USER),
                EndpointRule.allow(GET, "/api/tenders/{reference}/clarifications", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD, PROVIDER_USER),
                EndpointRule.allow(GET, "/api/tenders/{reference}/challenges", COMMISSIONER, PROCUREMENT_OFFICER,
                        PROCUREMENT_LEAD, PROVIDER_USER),
                EndpointRule.allow(GET, "/api/tenders/{reference}/debrief-letters", COMMISSIONER,
                        PROCUREMENT_OFFICER, PROCUREMENT_LEAD, PROVIDER_USER));
    }
}
