package scot.commissioningflow.reporting.opendata;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;

/**
 * Open contracting data is for the public on purpose: the Procurement Reform (Scotland) Act 2014 requires contracts to
 * be published, and open data lets anyone reuse them. It carries nothing that identifies a supported person (see
 * {@link PublicationPolicy}).
 */
@Component
class OpenDataAccessRules implements AccessRules {

    private static final String OPEN = "open contracting data is published for anyone to read and reuse, and holds"
            + " nothing about supported people";

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                EndpointRule.publicOnPurpose(GET, OpenDataController.RELEASES, OPEN),
                EndpointRule.publicOnPurpose(GET, OpenDataController.RELEASES + "/{ocid}", OPEN),
                EndpointRule.publicOnPurpose(GET, OpenDataController.RECORDS, OPEN),
                EndpointRule.publicOnPurpose(GET, OpenDataController.RECORDS + "/{ocid}", OPEN),
                EndpointRule.publicOnPurpose(GET, OpenDataController.POLICY, "the publication policy explains the"
                        + " open data to anyone who reads it"));
    }
}
