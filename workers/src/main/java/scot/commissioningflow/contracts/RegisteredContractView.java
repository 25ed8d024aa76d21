package scot.commissioningflow.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record RegisteredContractView(ContractEntry contract, List<Map<String, Object>> variations,
        Instant registeredAt) {
}
