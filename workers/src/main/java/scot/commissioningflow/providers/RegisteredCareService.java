package scot.commissioningflow.providers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One registered care service as the Care Inspectorate publishes it in its datastore, as last imported.
 *
 * @param serviceNumber {@code CSNumber}, e.g. CS2003001025: the key
 * @param serviceName {@code ServiceName}, as written (names carry non-ASCII characters)
 * @param providerName {@code ServiceProvider}
 * @param providerNumber {@code SP_number}, e.g. SP2003000123: one provider may run many services
 * @param careService {@code CareService}: the type of service (Care Home Service, Housing Support Service...)
 * @param subtype {@code Subtype}, such as Older People; empty when the datastore gives none
 * @param providerSector {@code ServiceType}: the provider's sector (Private, Voluntary or Not for Profit, Local
 *        Authority, Health Board), not the type of service
 * @param status {@code ServiceStatus}
 * @param councilArea {@code Council_Area_Name}
 * @param clientGroup {@code Client_group}
 * @param registeredPlaces {@code Registered_Places}; null when the service has none (care at home)
 * @param grades the latest grade per key question graded; questions not graded are absent
 * @param lowestGrade {@code MinGrade}; null when the service has not been graded
 * @param lastInspection {@code Last_inspection_Date}; null when never inspected
 * @param complaintsYear the year suffix of the latest complaints and enforcements columns, e.g. 2425 for 2024-25
 * @param complaintsUpheld {@code Complaints_upheld_<year>} of the latest year
 * @param enforcementsIssued {@code Enforcements_issued_<year>} of the latest year
 * @param firstSeenAt when an import first held this service
 * @param lastSeenAt when an import last held this service
 * @param gradesSeenAt when the grades last changed in an import (or were first seen)
 */
public record RegisteredCareService(
        String serviceNumber,
        String serviceName,
        String providerName,
        String providerNumber,
        String careService,
        String subtype,
        String providerSector,
        RegistrationStatus status,
        String councilArea,
        String clientGroup,
        Integer registeredPlaces,
        Map<KeyQuestion, Integer> grades,
        Integer lowestGrade,
        LocalDate lastInspection,
        String complaintsYear,
        int complaintsUpheld,
        int enforcementsIssued,
        Instant firstSeenAt,
        Instant lastSeenAt,
        Instant gradesSeenAt) {

    public RegisteredCareService {
        grades = grades == null ? Map.of() : Map.copyOf(grades);
    }

    public boolean active() {
        return status == RegistrationStatus.ACTIVE;
    }

    /** Active and graded, every key question at least this grade (ungraded services do not qualify). */
    public boolean activeAndGradedAtLeast(int minimumGrade) {
        return active() && lowestGrade != null && lowestGrade >= minimumGrade;
    }
}
