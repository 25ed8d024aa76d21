package scot.commissioningflow.fairwork.check;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** Stores a check's per-criterion results as JSON text. */
@Converter
class CriterionResultsConverter extends JsonConverter<List<CriterionResult>> {

    CriterionResultsConverter() {
        super(new TypeReference<>() {
        });
    }
}
