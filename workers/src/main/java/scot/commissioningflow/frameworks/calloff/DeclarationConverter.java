package scot.commissioningflow.frameworks.calloff;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** A mini-competition response's fair work declaration, kept as the provider gave it. */
@Converter
class DeclarationConverter extends JsonConverter<FairWorkDeclaration> {

    DeclarationConverter() {
        super(new TypeReference<>() {
        });
    }
}
