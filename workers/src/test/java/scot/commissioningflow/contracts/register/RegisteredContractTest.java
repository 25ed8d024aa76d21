package scot.commissioningflow.contracts.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractVariation;
import scot.commissioningflow.contracts.RecordedVariation;

/** How the register applies a variation, without a database. */
class RegisteredContractTest {

    private final RegisteredContract contract = new RegisteredContract(new ContractEntry("C-1",
            ContractKind.OUTCOMES_BASED, "Care at home in Speyside", "PRV-1", "Speyside Supported Living",
            "Moray Health and Social Care Partnership", LocalDate.of(2025, 4, 1), null, new BigDecimal("120000.00"),
            new BigDecimal("12.60"), List.of(), "C-1"), Instant.parse("2025-03-01T10:00:00Z"));

    private final ContractVariation payFloor = new ContractVariation("C-1-V1", LocalDate.of(2026, 4, 1),
            "The adult social care pay floor rose.", null, new BigDecimal("13.45"));

    @Test
    void aVariationChangesWhatItNamesAndRecordsWhatWasThereBefore() {
        contract.vary(payFloor);

        assertThat(contract.entry().hourlyRate()).isEqualByComparingTo("13.45");
        assertThat(contract.entry().annualValue()).isEqualByComparingTo("120000.00");
        assertThat(contract.view().variations()).containsExactly(new RecordedVariation("C-1-V1",
                LocalDate.of(2026, 4, 1), "The adult social care pay floor rose.", new BigDecimal("120000.00"),
                new BigDecimal("12.60")));
    }

    @Test
    void theSameVariationAppliedTwiceChangesNothingTheSecondTime() {
        contract.vary(payFloor);
        contract.vary(new ContractVariation("C-1-V1", LocalDate.of(2026, 4, 1), "Delivered again.", null,
                new BigDecimal("99.99")));

        assertThat(contract.entry().hourlyRate()).isEqualByComparingTo("13.45");
        assertThat(contract.view().variations()).hasSize(1);
    }

    @Test
    void variationsSurviveTheirJsonColumn() {
        contract.vary(payFloor);
        var column = new RecordedVariationsConverter();

        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(contract.view().variations())))
                .isEqualTo(contract.view().variations());
    }
}
