package scot.commissioningflow.frameworks;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Brings the frameworks' access rules (package-private here) into the web tests of its sub-packages' controllers. */
@TestConfiguration
@Import(FrameworkAccessRules.class)
public class FrameworkAccessRulesConfig {
}
