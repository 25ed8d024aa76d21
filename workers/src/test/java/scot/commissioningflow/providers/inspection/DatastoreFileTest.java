package scot.commissioningflow.providers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.providers.KeyQuestion;
import scot.commissioningflow.providers.RegisteredCareService;
import scot.commissioningflow.providers.RegistrationStatus;

/** Reading the Care Inspectorate datastore CSV: the shipped sample, and files a person could get wrong. */
class DatastoreFileTest {

    static byte[] sample() {
        try (InputStream in = DatastoreFileTest.class.getResourceAsStream("/care-inspectorate/datastore-sample.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sampleText() {
        return new String(sample(), StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryServiceOfTheSampleByColumnName() {
        DatastoreFile.Contents contents = DatastoreFile.read(sample());

        assertThat(contents.services()).hasSize(26);
        assertThat(contents.complaintsYear()).as("the latest year's columns").isEqualTo("2425");
        RegisteredCareService first = contents.services().getFirst().service();
        assertThat(first.serviceNumber()).isEqualTo("CS2004100037");
        assertThat(first.serviceName()).isEqualTo("Cùram aig an Taigh - Cùram 1");
        assertThat(first.providerName()).isEqualTo("Cùram Dachaigh Leòdhais");
        assertThat(first.providerNumber()).isEqualTo("SP2004006011");
        assertThat(first.careService()).isEqualTo("Housing Support Service");
        assertThat(first.providerSector()).as("ServiceType is the sector").isEqualTo("Voluntary or Not for Profit");
        assertThat(first.councilArea()).isEqualTo("Na h-Eileanan Siar");
        assertThat(first.status()).isEqualTo(RegistrationStatus.ACTIVE);
        assertThat(first.grades()).containsEntry(KeyQuestion.SUPPORT_WELLBEING, 5)
                .containsEntry(KeyQuestion.STAFF_TEAM, 2).doesNotContainKey(KeyQuestion.SETTING);
        assertThat(first.lowestGrade()).isEqualTo(2);
        assertThat(first.lastInspection()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(first.complaintsUpheld()).as("Complaints_upheld_2425, not 2324").isZero();
        assertThat(first.enforcementsIssued()).isEqualTo(1);
        assertThat(first.registeredPlaces()).isNull();

        RegisteredCareService propositional = contents.services().get(2).service();
        assertThat(propositional.status()).isEqualTo(RegistrationStatus.PROPOSITIONAL);
        assertThat(propositional.lowestGrade()).isNull();
        assertThat(propositional.registeredPlaces()).isEqualTo(60);
        assertThat(contents.services()).extracting(listed -> listed.service().providerName())
                .contains("Cairdeas Care, Inverness", "Opieka Domowa Łódź Scotland Sp. z o.o.");
        assertThat(contents.services()).extracting(listed -> listed.service().serviceName())
                .anyMatch(name -> name.startsWith("The \"Bothy\" Day Service"));
    }

    @Test
    void aBadGradeIsNamedByLineAndColumn() {
        String text = sampleText();
        List<String> lines = text.lines().toList();
        String fifth = lines.get(4).replace(",3,5,,3,4,,3,5,2,", ",3,5,,3,seven,,3,5,2,");
        assertThat(fifth).contains("seven");
        byte[] file = String.join("\r\n", lines.subList(0, 4)).concat("\r\n" + fifth + "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DatastoreFile.read(file)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("line 5, column 22 (KQ_Leadership) holds \"seven\", which is not a grade from 1"
                        + " (unsatisfactory) to 6 (excellent)");
    }

    @Test
    void aMissingColumnIsNamedOnTheHeaderLine() {
        byte[] file = sampleText().replace("ServiceStatus", "Status").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DatastoreFile.read(file)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("line 1 has no ServiceStatus column");
    }

    @Test
    void theComplaintsColumnsAreFoundByTheirPrefixWhateverTheYear() {
        byte[] file = sampleText().replace("Complaints_upheld_2425", "Complaints_upheld_2526")
                .replace("Enforcements_issued_2425", "Enforcements_issued_2526").getBytes(StandardCharsets.UTF_8);

        assertThat(DatastoreFile.read(file).complaintsYear()).isEqualTo("2526");
        byte[] none = sampleText().replace("Complaints_upheld_", "Complaints_").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatastoreFile.read(none)).hasMessageContaining("line 1 has no Complaints_upheld_");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLine() {
        byte[] latin1 = sampleText().getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> DatastoreFile.read(latin1)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("line 2 is not UTF-8 text");
    }

    @Test
    void anUnclosedQuoteAWrongCountAndARepeatedServiceAreRefused() {
        String text = sampleText();
        List<String> lines = text.lines().toList();
        byte[] unclosed = (lines.get(0) + "\n\"CS2004100037,Private\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatastoreFile.read(unclosed)).hasMessageContaining("line 2, column 1 opens a quoted"
                + " value that is never closed");

        byte[] short_ = (lines.get(0) + "\nCS2004100037,Private\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatastoreFile.read(short_)).hasMessageContaining("line 2 has 2 values where the"
                + " header names 34 columns");

        byte[] repeated = (lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(1) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatastoreFile.read(repeated)).hasMessageContaining("line 3 lists CS2004100037 again:"
                + " line 2 lists it already");
    }

    @Test
    void anEmptyFileIsRefusedInASentence() {
        assertThatThrownBy(() -> DatastoreFile.read(new byte[0])).hasMessageContaining("the file is empty");
    }
}
