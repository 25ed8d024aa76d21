package scot.commissioningflow.frameworks.calloff;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.frameworks.calloff.NewCallOff.OutcomeAndIndicator;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** A call-off's outcomes and their indicators, kept as the commissioner wrote them. */
@Converter
class OutcomesConverter extends JsonConverter<List<OutcomeAndIndicator>> {

    OutcomesConverter() {
        super(new TypeReference<>() {
        });
    }
}
