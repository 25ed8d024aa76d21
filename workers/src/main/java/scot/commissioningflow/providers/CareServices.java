package scot.commissioningflow.providers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The registered care services imported from the Care Inspectorate datastore, for other features to consult. */
public interface CareServices {

    Optional<RegisteredCareService> byServiceNumber(String serviceNumber);

    /** Those of these service numbers that the datastore holds, in no particular order. */
    List<RegisteredCareService> byServiceNumbers(Collection<String> serviceNumbers);

    /** Every service of one provider, by its {@code SP_number}, by service number. */
    List<RegisteredCareService> byProviderNumber(String providerNumber);

    /**
     * Whether the service is registered and active with every key question graded at least this (6 excellent ... 1
     * unsatisfactory); false for a service the datastore does not hold or has not graded.
     */
    boolean activeAndGradedAtLeast(String serviceNumber, int minimumGrade);
}
