package scot.commissioningflow.commissioning.models;

import java.time.Instant;

/** A deployed version of a tender model, as the commissioners' list and the API show it. */
public record TenderModelView(String processId, String name, int version, String fileName, String deployedBy,
        Instant deployedAt) {
}
