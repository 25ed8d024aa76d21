package scot.commissioningflow.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;

/**
 * Stores a value in a JSON column as JSON text. Binding text rather than a JSON-typed parameter is what both MySQL 8
 * and MariaDB (whose JSON is LONGTEXT, and which has no CAST AS JSON) accept. Subclass it per value type.
 */
public abstract class JsonConverter<T> implements AttributeConverter<T, String> {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final TypeReference<T> type;

    protected JsonConverter(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not store a value as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column holds text that is not of the expected shape", e);
        }
    }
}
