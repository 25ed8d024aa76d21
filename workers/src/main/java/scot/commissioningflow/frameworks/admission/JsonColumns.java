package scot.commissioningflow.frameworks.admission;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** The JSON columns of applications and members. */
final class JsonColumns {

    private JsonColumns() {
    }

    @Converter
    public static class ServiceNumbers extends JsonConverter<List<String>> {
        public ServiceNumbers() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Prices extends JsonConverter<List<PriceOffer>> {
        public Prices() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Declaration extends JsonConverter<FairWorkDeclaration> {
        public Declaration() {
            super(new TypeReference<>() {
            });
        }
    }
}
