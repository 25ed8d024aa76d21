package scot.commissioningflow.fairwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a check's per-criterion results as JSON text, which both MySQL 8 and MariaDB accept in a JSON column. */
@Converter
class CriterionResultsConverter implements AttributeConverter<List<CriterionResult>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final TypeReference<List<CriterionResult>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<CriterionResult> results) {
        try {
            return JSON.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not store fair work results as JSON", e);
        }
    }

    @Override
    public List<CriterionResult> convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored fair work check holds results that are not readable", e);
        }
    }
}
