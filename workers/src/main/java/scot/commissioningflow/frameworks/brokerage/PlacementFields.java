package scot.commissioningflow.frameworks.brokerage;

/**
 * The fields of {@code contracts-templates/individual-placement-agreement.docx}: the agreement between the person,
 * the provider awarded their package and the council, under the framework. The person's words go in as written.
 */
record PlacementFields(String agreementReference, String personName, String signingForPerson, String councilName,
        String councilArea, String providerName, String providerReference, String providerEmail,
        String socialWorkerName, String socialWorkerEmail, String frameworkReference, String lotNumber,
        String weeklyHours, String supportTimes, String outcomesInOwnWords, String preferences, String hourlyRate,
        String weeklyCost, String startDate, String howChosen) {
}
