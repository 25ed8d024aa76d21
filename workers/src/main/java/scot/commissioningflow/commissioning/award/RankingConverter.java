package scot.commissioningflow.commissioning.award;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.commissioning.evaluation.RankedResponse;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** The ranking an award was decided on, kept with the award as it stood that day. */
@Converter
class RankingConverter extends JsonConverter<List<RankedResponse>> {

    RankingConverter() {
        super(new TypeReference<>() {
        });
    }
}
