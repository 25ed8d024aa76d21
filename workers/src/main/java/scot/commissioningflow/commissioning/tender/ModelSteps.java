package scot.commissioningflow.commissioning.tender;

import java.util.Optional;

/**
 * Where a tender on a commissioner's own tender model carries on when the engine has lost it: only the model knows
 * its steps, so the tender asks it rather than assuming the product's process (commissioning.models answers).
 */
public interface ModelSteps {

    /**
     * The element of the model's latest version to start before, for a tender that had reached the product's stage
     * {@code stage} (an element id of the product's process, such as {@code RouteStage}): that element when the model
     * has it; for a tender that had recorded only its need, the model's first step; otherwise empty.
     */
    Optional<String> resumeBefore(String processId, String stage);
}
