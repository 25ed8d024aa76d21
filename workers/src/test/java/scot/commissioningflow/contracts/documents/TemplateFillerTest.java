package scot.commissioningflow.contracts.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;

/** The placeholder language of contracts-templates/README.md, on the real variation template, without Spring. */
class TemplateFillerTest {

    private static final String VARIATION = "contract-variation.docx";

    private final TemplateFiller filler = new TemplateFiller(JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());

    record Change(String term, String before, String after) {
    }

    record VariationFields(String variationReference, String contractReference, String contractTitle,
            String commissioner, String providerName, LocalDate effectiveFrom, String reason, List<Change> changes) {
    }

    @Test
    void aFeaturesOwnRecordFillsTheTemplateByPropertyNameWithDatesInWordsAndOneRowPerItem() throws Exception {
        String text = fill(new VariationFields("V-7", "MORAY-CAH-2025-014", "Care at home in Speyside",
                "Moray Health and Social Care Partnership", "Speyside Supported Living", LocalDate.of(2026, 4, 1),
                "The pay floor rose.", List.of(new Change("Weekly hours", "120", "140"),
                        new Change("Hourly rate", "£12.60", "£13.45"))));

        assertThat(text).doesNotContain("${")
                .contains("Contract variation V-7")
                .contains("between Moray Health and Social Care Partnership and Speyside Supported Living")
                .contains("It takes effect on 1 April 2026.")
                .contains("Weekly hours120140").contains("Hourly rate£12.60£13.45");
    }

    @Test
    void aPlaceholderWrittenInsideAValueIsKeptAsThePersonWroteItAndNeverExpanded() throws Exception {
        String text = fill(new VariationFields("V-8", "C-1", "Support to ${reason}", "A council", "A provider",
                LocalDate.of(2026, 4, 1), "Real reason", List.of(
                        new Change("Manage my own ${money}", "${reason}", "${changes.after}"))));

        assertThat(text).contains("\"Support to ${reason}\"")
                .contains("Manage my own ${money}${reason}${changes.after}")
                .contains("Real reason");
    }

    @Test
    void aControlCharacterPastedIntoAPersonsWordsIsLeftOutSoTheDocumentOpens() throws Exception {
        String text = fill(new VariationFields("V-10", "C-1", "Płacić rachunki\u0007 sama\u0000", "A council",
                "A provider", LocalDate.of(2026, 4, 1), "Bell\u001B from an old system 🙂", List.of()));

        assertThat(text).contains("\"Płacić rachunki sama\"").contains("Bell from an old system 🙂");
    }

    @Test
    void numbersFromTheEngineReadAsAContractWritesThemAndBooleansAsYesOrNo() throws Exception {
        Map<String, Object> fields = Map.of("variationReference", 1500.0, "contractReference", new BigDecimal("12.50"),
                "contractTitle", true, "commissioner", false, "providerName", 7, "effectiveFrom", "2026-12-25",
                "reason", "r", "changes", List.of());

        assertThat(fill(fields)).contains("Contract variation 1500")
                .contains("changes contract 12.50, \"Yes\", between No and 7")
                .contains("It takes effect on 25 December 2026.");
    }

    @Test
    void everyMissingFieldIsNamedAndNoDocumentIsMade() {
        Map<String, Object> fields = Map.of("variationReference", "V-9", "contractReference", "C-1",
                "commissioner", "A council", "providerName", "A provider", "effectiveFrom", "2026-04-01",
                "changes", "not a list", "contractTitle", List.of("a list where one text belongs"));

        assertThatThrownBy(() -> fill(fields))
                .isInstanceOf(MissingContractFields.class)
                .hasMessage("The template contract-variation.docx needs 3 fields the process did not provide: "
                        + "changes, contractTitle, reason. Add them to the fields of the contract request, or "
                        + "correct the template's placeholders.");
    }

    private String fill(Object fields) throws Exception {
        byte[] docx;
        try (InputStream template = getClass().getResourceAsStream("/contracts-templates/" + VARIATION)) {
            docx = filler.fill(PreparedTemplate.read(VARIATION, template), fields);
        }
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
    }
}
