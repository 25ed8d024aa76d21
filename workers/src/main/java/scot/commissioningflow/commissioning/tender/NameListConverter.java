package scot.commissioningflow.commissioning.tender;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** A list of names in a JSON column: a tender's evaluators, the providers a clarification answer was shared with. */
@Converter
public class NameListConverter extends JsonConverter<List<String>> {

    public NameListConverter() {
        super(new TypeReference<>() {
        });
    }
}
