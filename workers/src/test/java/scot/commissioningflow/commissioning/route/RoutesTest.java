package scot.commissioningflow.commissioning.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.ProcurementThresholds;
import scot.commissioningflow.commissioning.TenderViews;
import scot.commissioningflow.commissioning.ThresholdsInForce;
import scot.commissioningflow.commissioning.tender.ProcurementRoute;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.Tenders;

/** What the route decision means for the tender process, and a decision the table cannot make. */
class RoutesTest {

    private final Tenders tenders = mock(Tenders.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final Routes routes = new Routes(tenders, mock(ProcurementThresholds.class), audit, true, 10, 15);
    private final ThresholdsInForce thresholds = new ThresholdsInForce(new BigDecimal("50000"),
            new BigDecimal("663540"), new BigDecimal("5372609"));

    @BeforeEach
    void aCareTenderWithElectronicNotices() {
        when(tenders.get("TND-1")).thenReturn(TenderViews.careAtHome("TND-1", TenderStatus.NEED_RECORDED, null));
    }

    @Test
    void aRegulatedTenderSeeksOffersWithBothNoticesAndKeepsTheStandstillThisInstallationSets() {
        ChosenRoute chosen = routes.record("TND-1", new RouteDecision("REGULATED", "CONTRACT_AND_AWARD_NOTICES",
                "BY_SETTING"), thresholds);

        assertThat(chosen).isEqualTo(new ChosenRoute("REGULATED", true, true, true, true, 10));
        verify(tenders).routeChosen("TND-1", ProcurementRoute.REGULATED, "CONTRACT_AND_AWARD_NOTICES", 10);
    }

    @Test
    void theRouteGoesIntoTheTrailWithTheThresholdsItWasChosenAgainstAndWhoStartedTheTender() {
        routes.record("TND-1", new RouteDecision("REGULATED", "CONTRACT_AND_AWARD_NOTICES", "BY_SETTING"),
                thresholds);

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).recordBySystem(eq("procurement-route"), entry.capture());
        assertThat(entry.getValue().action()).isEqualTo("tender.route-chosen");
        assertThat(entry.getValue().subjectReference()).isEqualTo("TND-1");
        assertThat(entry.getValue().processInstanceKey()).isEqualTo(2251799813686461L);
        assertThat(entry.getValue().why()).contains("Route REGULATED").contains("420000.00 excluding VAT")
                .contains("regulated 50000").contains("light-touch 663540").contains("GPA 5372609")
                .contains("standstill 10 days").contains("Tender started by morag.fraser");
    }

    @Test
    void aContinuationBelowTheThresholdGoesToTheExistingProviderWithNoNoticeAndNoStandstill() {
        ChosenRoute chosen = routes.record("TND-1", new RouteDecision("DIRECT_AWARD_BELOW_THRESHOLD", "NONE",
                "NONE"), thresholds);

        assertThat(chosen).isEqualTo(new ChosenRoute("DIRECT_AWARD_BELOW_THRESHOLD", false, false, false, false,
                10));
        verify(tenders).routeChosen("TND-1", ProcurementRoute.DIRECT_AWARD_BELOW_THRESHOLD, "NONE", null);
    }

    @Test
    void anUnknownServiceTypeStopsTheTenderWithAnIncidentNamingItAndNoRetries() {
        RouteWorkers workers = new RouteWorkers(routes);
        ActivatedJob job = mock(ActivatedJob.class);

        assertThatThrownBy(() -> workers.recordRoute(job, "TND-1", new RouteDecision(
                RouteDecision.UNKNOWN_SERVICE_TYPE, "NONE", "NONE"), thresholds))
                .isInstanceOfSatisfying(JobError.class, error -> {
                    assertThat(error.getRetries()).isZero();
                    assertThat(error.getErrorMessage()).startsWith("procurement-route.dmn has no route for service"
                            + " type SOCIAL_CARE (tender TND-1)");
                });
        verify(tenders, never()).routeChosen(anyString(), any(), any(), any());
        verify(audit, never()).recordBySystem(any(), any());
    }
}
