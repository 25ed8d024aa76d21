package scot.commissioningflow.frameworks.admission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import scot.commissioningflow.fairwork.FairWorkDeclaration;

/**
 * A provider's application to one lot while the framework takes applications: the registered services it offers
 * there, its capacity, a price for each of the lot's priced services, and its fair work declaration.
 *
 * @param weeklyCapacityHours hours a week the provider can take on through the lot; null when it does not say
 */
public record FrameworkApplication(
        @Min(value = 1, message = "must be a lot of the framework") int lotNumber,
        @NotNull @Size(min = 1, max = 50, message = "must name between 1 and 50 registered services")
        List<@NotNull @Pattern(regexp = "CS\\d{10}", message = "must be a Care Inspectorate service number such as"
                + " CS2003001025") String> serviceNumbers,
        @Min(value = 0, message = "must not be negative") @Max(value = 100_000, message = "must be at most 100,000"
                + " hours a week") Integer weeklyCapacityHours,
        @NotNull @Size(min = 1, max = 20, message = "must price between 1 and 20 services")
        List<@Valid @NotNull PriceOffer> prices,
        @NotNull @Valid FairWorkDeclaration fairWorkDeclaration) {
}
