package scot.commissioningflow.commissioning.responses;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.commissioning.TenderViews;
import scot.commissioningflow.commissioning.clarifications.Clarifications;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.commissioning.tender.Tenders;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;

/**
 * A response that arrives after the deadline but before the process's deadline timer has run (the tender still says
 * open for responses) is refused, and nothing is kept.
 */
class OpportunitiesTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-18T12:00:00Z");

    private static final SignedInPerson LATE = new SignedInPerson("late.bids", "late.bids",
            Set.of(Role.PROVIDER_USER), "PRV-LATE", null);

    private final Tenders tenders = mock(Tenders.class);
    private final ProviderResponseRepository responses = mock(ProviderResponseRepository.class);

    @Test
    void aLateResponseIsRefusedByTheClockWhileTheTenderStillLooksOpen() {
        when(tenders.get("TND-LATE")).thenReturn(
                TenderViews.careAtHome("TND-LATE", TenderStatus.OPEN_FOR_RESPONSES, DEADLINE));
        Opportunities opportunities = new Opportunities(tenders, mock(Clarifications.class), responses,
                mock(AuditTrail.class), Clock.fixed(DEADLINE.plusSeconds(90), ZoneOffset.UTC));

        assertThatThrownBy(() -> opportunities.respond("TND-LATE", new ResponseRequest("PRV-LATE", "Late Ltd",
                "bids@late.example.org", new BigDecimal("170000"), new BigDecimal("26.00"), "Quality", "Outcomes",
                Map.of()), LATE))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("The response deadline for TND-LATE passed at 2026-12-18T12:00:00Z");
        verify(responses, never()).save(any());
    }

    @Test
    void aRivalCannotRespondInAnotherProvidersNameAndNothingIsKept() {
        AuditTrail audit = mock(AuditTrail.class);
        Opportunities opportunities = new Opportunities(tenders, mock(Clarifications.class), responses, audit,
                Clock.fixed(DEADLINE.minusSeconds(3600), ZoneOffset.UTC));

        assertThatThrownBy(() -> opportunities.respond("TND-OPEN", new ResponseRequest("PRV-SPEY", "Spey Support",
                "bids@rival.example.org", new BigDecimal("170000"), new BigDecimal("26.00"), "Quality", "Outcomes",
                Map.of()), LATE))
                .isInstanceOf(Refused.class)
                .hasMessage("Only a user of provider PRV-SPEY may respond to TND-OPEN for it; you sign in for"
                        + " PRV-LATE.");
        verify(responses, never()).save(any());
        verifyNoInteractions(audit);
    }
}
