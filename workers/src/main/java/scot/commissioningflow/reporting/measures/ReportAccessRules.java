package scot.commissioningflow.reporting.measures;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;

/**
 * Who reaches the flexibility report: programme analysts read it for Scotland and every council; a council's or
 * partnership's commissioners and procurement leads, who answer for its commissioning, for their own council only
 * ({@link FlexibilityReports} refuses another's). Procurement officers, evaluators, social workers, providers and
 * supported people do not: it counts every contract, fund and provider of a council.
 */
@Component
class ReportAccessRules implements AccessRules {

    private static final Role[] READERS = {Role.PROGRAMME_ANALYST, Role.COMMISSIONER, Role.PROCUREMENT_LEAD};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.allow(POST, FlexibilityReportController.PATH, READERS),
                EndpointRule.allow(GET, FlexibilityReportController.PATH, READERS),
                EndpointRule.allow(GET, FlexibilityReportController.PATH + "/{reportKey}", READERS),
                EndpointRule.allow(GET, FlexibilityReportController.PATH + "/{reportKey}/workbook", READERS),
                // The page (ReportPages): the measures, the workbooks asked for, and asking for one.
                EndpointRule.allow(GET, "/reports", READERS),
                EndpointRule.allow(POST, "/reports", READERS));
    }
}
