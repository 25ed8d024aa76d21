package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import java.util.Map;

/** A declaration to check, with the context and start date it is checked for. */
public record FairWorkCheckRequest(String checkKey, FairWorkContext context, LocalDate contractStartDate,
        FairWorkDeclaration declaration, Map<String, Object> declarationAsGiven) {
}
