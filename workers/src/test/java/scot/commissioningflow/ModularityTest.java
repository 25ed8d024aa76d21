package scot.commissioningflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk to each other only through their public services: this fails on any reach into another's insides. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(CommissioningFlowApplication.class);

    @Test
    void featuresRespectEachOthersBoundaries() {
        modules.verify();
    }
}
