package scot.commissioningflow.reporting;

import java.util.List;
import java.util.Optional;

/**
 * What a feature publishes as open contracting data: each of its contracting processes, told stage by stage. A
 * feature implements this as a Spring bean in its own package; {@code reporting.opendata} turns the processes into
 * OCDS 1.1 releases, records and packages, names every organisation in {@code parties} with its roles, and makes the
 * ids (ocid, release, award and contract ids) unique. Nothing that identifies a supported person may be given here.
 */
public interface OpenDataContributor {

    /**
     * The first word of every process id this feature gives ({@code tender}), unique among features, so that a
     * process id never collides with another feature's.
     */
    String processKind();

    /** The id of every process the feature publishes, each starting with {@code processKind() + "-"}. */
    List<String> processIds();

    /** One process with every release so far, oldest first; empty when there is no such process to publish. */
    Optional<ContractingProcess> process(String processId);

    /**
     * One contracting process as published.
     *
     * @param id       the process id, starting with the contributor's process kind
     * @param releases its releases, oldest first
     */
    record ContractingProcess(String id, List<OpenRelease> releases) {

        public ContractingProcess {
            releases = List.copyOf(releases);
        }
    }
}
