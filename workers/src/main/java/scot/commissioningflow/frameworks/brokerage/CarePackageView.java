package scot.commissioningflow.frameworks.brokerage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.frameworks.brokerage.NewCarePackage.Who;

/**
 * A care package as the person, their social worker and an invited provider see it. A provider sees the package it
 * was asked to offer for, not who else was asked, nor other offers.
 */
public record CarePackageView(String reference, String frameworkReference, int lotNumber, String councilArea,
        String personName, BigDecimal weeklyHours, String supportTimes, String needs, String outcomesInOwnWords,
        String preferences, String chosenProviderReference, String choiceInOwnWords, LocalDate startDate,
        Instant offersCloseAt, CarePackageStatus status, int invitedProviders, int offersReceived,
        String awardedProviderReference, String awardReason, String awardedBy, String escalationNotes,
        String agreementReference, List<ParticipantView> participants) {

    public record ParticipantView(Who who, String name, String how, String stage) {
    }
}
