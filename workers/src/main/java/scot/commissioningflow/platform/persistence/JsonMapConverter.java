package scot.commissioningflow.platform.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.Map;

/** A JSON object column. */
@Converter
public class JsonMapConverter extends JsonConverter<Map<String, Object>> {

    public JsonMapConverter() {
        super(new TypeReference<>() {
        });
    }
}
