package scot.commissioningflow.fairwork;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a provider says it does about a criterion answered in words (workforce development, gender pay gap): a
 * description, or a bare yes or no when the calling form asked a yes/no question.
 */
@Schema(description = "Written as {committed, description}; a form may give a bare true or false instead, or the"
        + " words alone.")
public record DeclaredAction(boolean committed, String description) {

    public static DeclaredAction described(String text) {
        return new DeclaredAction(!text.isBlank(), text.strip());
    }

    public static DeclaredAction answered(boolean yes) {
        return new DeclaredAction(yes, null);
    }

    /** As a form gives it (true/false or words) or as this record is written ({committed, description}). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static DeclaredAction from(JsonNode given) {
        if (given.isBoolean()) {
            return answered(given.booleanValue());
        }
        if (given.isObject()) {
            JsonNode description = given.get("description");
            return new DeclaredAction(given.path("committed").asBoolean(),
                    description == null || description.isNull() ? null : description.asText());
        }
        return described(given.asText());
    }

    public boolean describedInWords() {
        return description != null && !description.isBlank();
    }
}
