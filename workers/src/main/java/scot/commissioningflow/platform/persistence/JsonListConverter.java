package scot.commissioningflow.platform.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;

/** A JSON array-of-objects column. */
@Converter
public class JsonListConverter extends JsonConverter<List<Map<String, Object>>> {

    public JsonListConverter() {
        super(new TypeReference<>() {
        });
    }
}
