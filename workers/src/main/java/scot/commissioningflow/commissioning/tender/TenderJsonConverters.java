package scot.commissioningflow.commissioning.tender;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.commissioning.tender.TenderRequest.CoProduction;
import scot.commissioningflow.commissioning.tender.TenderRequest.ExistingProvider;
import scot.commissioningflow.commissioning.tender.TenderRequest.Outcome;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** The parts of a tender kept in JSON columns, in the shape the API took them in. */
final class TenderJsonConverters {

    private TenderJsonConverters() {
    }

    @Converter
    static class Outcomes extends JsonConverter<List<Outcome>> {

        Outcomes() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class Participation extends JsonConverter<List<CoProduction>> {

        Participation() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class Provider extends JsonConverter<ExistingProvider> {

        Provider() {
            super(new TypeReference<>() {
            });
        }
    }
}
