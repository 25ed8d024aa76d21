package scot.commissioningflow.contracts.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GeneratedDocumentTest {

    @Test
    void theFingerprintIsTheSha256OfTheExactBytesInLowerCaseHex() {
        // The test vector of FIPS 180-2 for "abc".
        assertThat(GeneratedDocument.of("abc".getBytes(StandardCharsets.US_ASCII)).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void oneByteChangedGivesAnotherFingerprint() {
        byte[] document = "Contract C-1 between A and B".getBytes(StandardCharsets.UTF_8);
        byte[] altered = document.clone();
        altered[altered.length - 1] = 'C';

        assertThat(GeneratedDocument.of(altered).sha256()).isNotEqualTo(GeneratedDocument.of(document).sha256())
                .hasSize(64).matches("[0-9a-f]{64}");
    }
}
