package scot.commissioningflow.collaboration.round;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.collaboration.round.RoundRequest.Criterion;
import scot.commissioningflow.collaboration.round.RoundRequest.EligibilityRules;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** The round's lists, kept as JSON text as the funder gave them. */
final class RoundConverters {

    private RoundConverters() {
    }

    @Converter
    static class CriteriaConverter extends JsonConverter<List<Criterion>> {
        CriteriaConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class EligibilityConverter extends JsonConverter<EligibilityRules> {
        EligibilityConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class NamesConverter extends JsonConverter<List<String>> {
        NamesConverter() {
            super(new TypeReference<>() {
            });
        }
    }
}
