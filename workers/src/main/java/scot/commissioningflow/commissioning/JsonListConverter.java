package scot.commissioningflow.commissioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a list (of names, or of small objects such as outcomes) as JSON text, which MySQL and MariaDB both accept. */
@Converter
class JsonListConverter implements AttributeConverter<List<Object>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Object> value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not store a list as JSON", e);
        }
    }

    @Override
    public List<Object> convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column holds text that is not a JSON list", e);
        }
    }
}
