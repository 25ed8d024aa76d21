package scot.commissioningflow.commissioning.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.commissioning.ProcurementThresholds;
import scot.commissioningflow.commissioning.TenderViews;
import scot.commissioningflow.commissioning.tender.ProcurementRoute;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.Tenders;

/** What the route decision means for the tender process, and a decision the table cannot make. */
class RoutesTest {

    private final Tenders tenders = mock(Tenders.class);
    private final Routes routes = new Routes(tenders, mock(ProcurementThresholds.class), true, 10, 15);

    @BeforeEach
    void aCareTenderWithElectronicNotices() {
        when(tenders.get("TND-1")).thenReturn(TenderViews.careAtHome("TND-1", TenderStatus.NEED_RECORDED, null));
    }

    @Test
    void aRegulatedTenderSeeksOffersWithBothNoticesAndKeepsTheStandstillThisInstallationSets() {
        ChosenRoute chosen = routes.record("TND-1", new RouteDecision("REGULATED", "CONTRACT_AND_AWARD_NOTICES",
                "BY_SETTING"));

        assertThat(chosen).isEqualTo(new ChosenRoute("REGULATED", true, true, true, true, 10));
        verify(tenders).routeChosen("TND-1", ProcurementRoute.REGULATED, "CONTRACT_AND_AWARD_NOTICES", 10);
    }

    @Test
    void aContinuationBelowTheThresholdGoesToTheExistingProviderWithNoNoticeAndNoStandstill() {
        ChosenRoute chosen = routes.record("TND-1", new RouteDecision("DIRECT_AWARD_BELOW_THRESHOLD", "NONE",
                "NONE"));

        assertThat(chosen).isEqualTo(new ChosenRoute("DIRECT_AWARD_BELOW_THRESHOLD", false, false, false, false,
                10));
        verify(tenders).routeChosen("TND-1", ProcurementRoute.DIRECT_AWARD_BELOW_THRESHOLD, "NONE", null);
    }

    @Test
    void anUnknownServiceTypeStopsTheTenderWithAnIncidentNamingItAndNoRetries() {
        RouteWorkers workers = new RouteWorkers(routes);
        ActivatedJob job = mock(ActivatedJob.class);

        assertThatThrownBy(() -> workers.recordRoute(job, "TND-1", new RouteDecision(
                RouteDecision.UNKNOWN_SERVICE_TYPE, "NONE", "NONE")))
                .isInstanceOfSatisfying(JobError.class, error -> {
                    assertThat(error.getRetries()).isZero();
                    assertThat(error.getErrorMessage()).startsWith("procurement-route.dmn has no route for service"
                            + " type SOCIAL_CARE (tender TND-1)");
                });
        verify(tenders, never()).routeChosen(anyString(), any(), any(), any());
    }
}
