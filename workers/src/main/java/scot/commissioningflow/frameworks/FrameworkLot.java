package scot.commissioningflow.frameworks;

import java.util.List;

/**
 * One lot of a framework: a type of service for a client group in some council areas.
 *
 * @param lotNumber 1, 2, ... within the framework
 * @param careService the Care Inspectorate's type of service ({@code CareService}), e.g. Housing Support Service
 * @param clientGroup the Care Inspectorate's client group, e.g. Adults with learning disabilities
 * @param councilAreas the council areas the lot covers, as the Care Inspectorate names them
 * @param minimumGrade the lowest Care Inspectorate grade (1-6) a member's services may hold on any key question
 * @param pricedServices what every member prices in its schedule; the first is the one price scores compare
 */
public record FrameworkLot(String frameworkReference, int lotNumber, String title, String careService,
        String clientGroup, List<String> councilAreas, int minimumGrade, List<PricedService> pricedServices) {

    public FrameworkLot {
        councilAreas = councilAreas == null ? List.of() : List.copyOf(councilAreas);
        pricedServices = pricedServices == null ? List.of() : List.copyOf(pricedServices);
    }

    public boolean covers(String councilArea) {
        return councilAreas.stream().anyMatch(area -> area.equalsIgnoreCase(councilArea));
    }
}
