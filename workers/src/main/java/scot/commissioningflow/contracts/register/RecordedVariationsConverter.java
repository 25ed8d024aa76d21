package scot.commissioningflow.contracts.register;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.contracts.RecordedVariation;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** The variations of a registered contract, in its JSON column. */
@Converter
public class RecordedVariationsConverter extends JsonConverter<List<RecordedVariation>> {

    public RecordedVariationsConverter() {
        super(new TypeReference<>() {
        });
    }
}
