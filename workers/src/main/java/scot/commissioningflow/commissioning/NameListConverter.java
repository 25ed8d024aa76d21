package scot.commissioningflow.commissioning;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** A list of names (evaluators, providers an answer was shared with) in a JSON column. */
@Converter
class NameListConverter extends JsonConverter<List<String>> {

    NameListConverter() {
        super(new TypeReference<>() {
        });
    }
}
