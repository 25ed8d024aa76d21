package scot.commissioningflow.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;

/**
 * Stores a map in a JSON column as JSON text. Binding text rather than a JSON-typed parameter is what both MySQL 8
 * and MariaDB (whose JSON is LONGTEXT, and which has no CAST AS JSON) accept.
 */
@Converter
public class JsonMapConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, Object> value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not store a value as JSON", e);
        }
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column holds text that is not a JSON object", e);
        }
    }
}
