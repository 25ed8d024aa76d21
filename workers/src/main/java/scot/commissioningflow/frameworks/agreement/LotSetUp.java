package scot.commissioningflow.frameworks.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import scot.commissioningflow.frameworks.PriceUnit;
import scot.commissioningflow.platform.web.TextLimits;

/**
 * One lot as the national body sets it up: a Care Inspectorate type of service for a client group in some council
 * areas, the lowest grade its members may hold, and what each member prices.
 */
public record LotSetUp(
        @NotBlank @Size(max = TextLimits.TITLE, message = TextLimits.TITLE_TOO_LONG) String title,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String careService,
        @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String clientGroup,
        @NotNull @Size(min = 1, max = 32, message = "must name between 1 and 32 council areas")
        List<@NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String> councilAreas,
        @Min(value = 1, message = "must be a grade from 1 to 6") @Max(value = 6, message = "must be a grade from 1 to 6")
        int minimumGrade,
        @NotNull @Size(min = 1, max = 20, message = "must name between 1 and 20 priced services")
        List<@Valid @NotNull PricedServiceSetUp> pricedServices) {

    public record PricedServiceSetUp(
            @NotBlank @Size(max = TextLimits.NAME, message = TextLimits.NAME_TOO_LONG) String name,
            @NotNull PriceUnit unit) {
    }
}
