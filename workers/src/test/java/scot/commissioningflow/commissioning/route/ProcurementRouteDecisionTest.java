package scot.commissioningflow.commissioning.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.dmn.DecisionEngine;
import io.camunda.zeebe.dmn.DecisionEngineFactory;
import io.camunda.zeebe.dmn.DecisionEvaluationResult;
import io.camunda.zeebe.dmn.ParsedDecisionRequirementsGraph;
import io.camunda.zeebe.dmn.impl.VariablesContext;
import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * procurement-route.dmn evaluated by the DMN engine Zeebe itself uses, at the thresholds' edges: the regulated
 * threshold (£50,000 excluding VAT) and the light-touch threshold (£663,540 including VAT).
 */
class ProcurementRouteDecisionTest {

    private static final BigDecimal REGULATED = new BigDecimal("50000");
    private static final BigDecimal LIGHT_TOUCH = new BigDecimal("663540");
    private static final BigDecimal GPA = new BigDecimal("214904");

    private static final DecisionEngine engine = DecisionEngineFactory.createDecisionEngine();
    private static ParsedDecisionRequirementsGraph table;

    @BeforeAll
    static void parseTheDecisionTable() throws Exception {
        try (InputStream dmn = Files.newInputStream(Path.of("..", "processes", "commissioning",
                "procurement-route.dmn"))) {
            table = engine.parse(dmn);
        }
        assertThat(table.isValid()).as(table.getFailureMessage()).isTrue();
    }

    /** CONTINUE stands for CONTINUE_WITHOUT_COMPETITION, to keep the table readable. */
    @ParameterizedTest(name = "{0} {1} at £{2} ex VAT, £{3} inc VAT: {4}, {5}, standstill {6}")
    @CsvSource({
            "NEW_SERVICE, SOCIAL_CARE, 49999.99, 59999.99, QUICK_QUOTE, NONE, NONE",
            "NEW_SERVICE, SOCIAL_CARE, 50000.00, 60000.00, REGULATED, CONTRACT_AND_AWARD_NOTICES, BY_SETTING",
            "NEW_SERVICE, SOCIAL_CARE, 552949.99, 663539.99, REGULATED, CONTRACT_AND_AWARD_NOTICES, BY_SETTING",
            "NEW_SERVICE, SOCIAL_CARE, 552950.00, 663540.00, LIGHT_TOUCH, CONTRACT_AND_AWARD_NOTICES, BY_SETTING",
            "CONTINUE, SOCIAL_CARE, 49999.99, 59999.99, DIRECT_AWARD_BELOW_THRESHOLD, NONE, NONE",
            "CONTINUE, SOCIAL_CARE, 50000.00, 60000.00, DIRECT_AWARD_S12, AWARD_NOTICE, NONE",
            "CONTINUE, SOCIAL_CARE, 552949.99, 663539.99, DIRECT_AWARD_S12, AWARD_NOTICE, NONE",
            "CONTINUE, SOCIAL_CARE, 552950.00, 663540.00, LIGHT_TOUCH, CONTRACT_AND_AWARD_NOTICES, BY_SETTING",
            "RETENDER, SOCIAL_CARE, 49999.99, 59999.99, QUICK_QUOTE, NONE, NONE",
            "NEW_SERVICE, OTHER_SERVICES, 49999.99, 59999.99, QUICK_QUOTE, NONE, NONE",
            "NEW_SERVICE, OTHER_SERVICES, 50000.00, 60000.00, REGULATED, CONTRACT_AND_AWARD_NOTICES, BY_SETTING",
            "NEW_SERVICE, OTHER_SERVICES, 179086.66, 214903.99, REGULATED, CONTRACT_AND_AWARD_NOTICES, BY_SETTING",
            "NEW_SERVICE, OTHER_SERVICES, 179086.67, 214904.00, ABOVE_GPA, CONTRACT_AND_AWARD_NOTICES, REQUIRED",
            "CONTINUE, OTHER_SERVICES, 49999.99, 59999.99, QUICK_QUOTE, NONE, NONE",
    })
    void theRouteFollowsTheThresholds(String continuity, String serviceType, BigDecimal exVat, BigDecimal incVat,
            String route, String noticeDuty, String standstill) throws Exception {
        assertThat(decide(continuity, serviceType, exVat, incVat))
                .isEqualTo(new RouteDecision(route, noticeDuty, standstill));
    }

    @ParameterizedTest(name = "{0} at £{1} ex VAT")
    @CsvSource({"CARE_HOME_PLACEMENTS, 40000", "CARE_HOME_PLACEMENTS, 900000", "'', 120000"})
    void aServiceTypeTheTableDoesNotKnowIsNamedAsSuchNotGivenARoute(String serviceType, BigDecimal exVat)
            throws Exception {
        assertThat(decide("NEW_SERVICE", serviceType, exVat, exVat.multiply(new BigDecimal("1.2"))).route())
                .isEqualTo(RouteDecision.UNKNOWN_SERVICE_TYPE);
    }

    @Test
    void aMissingServiceTypeIsUnknownToo() throws Exception {
        assertThat(decide("NEW_SERVICE", null, new BigDecimal("120000"), new BigDecimal("144000")).route())
                .isEqualTo(RouteDecision.UNKNOWN_SERVICE_TYPE);
    }

    /**
     * Call-offs from a framework and awards within a dynamic purchasing system: never a contract notice or a standstill
     * (the framework or DPS was advertised when it was set up), and the award notice only at or above the regulated
     * threshold, whatever the continuity decision or the light-touch threshold would say of an open procurement.
     * WITHOUT and WITH stand for WITHOUT_REOPENING_COMPETITION and WITH_REOPENING_COMPETITION.
     */
    @ParameterizedTest(name = "{0} {1} at £{2} ex VAT, £{3} inc VAT: {4}, {5}, standstill {6}")
    @CsvSource({
            "FRAMEWORK, WITHOUT, 49999.99, 59999.99, FRAMEWORK_DIRECT_AWARD, NONE, NONE",
            "FRAMEWORK, WITHOUT, 50000.00, 60000.00, FRAMEWORK_DIRECT_AWARD, AWARD_NOTICE, NONE",
            "FRAMEWORK, WITHOUT, 552950.00, 663540.00, FRAMEWORK_DIRECT_AWARD, AWARD_NOTICE, NONE",
            "FRAMEWORK, WITH, 49999.99, 59999.99, FRAMEWORK_MINI_COMPETITION, NONE, NONE",
            "FRAMEWORK, WITH, 50000.00, 60000.00, FRAMEWORK_MINI_COMPETITION, AWARD_NOTICE, NONE",
            "FRAMEWORK, WITH, 552950.00, 663540.00, FRAMEWORK_MINI_COMPETITION, AWARD_NOTICE, NONE",
            "FRAMEWORK, WITH, 900000.00, 1080000.00, FRAMEWORK_MINI_COMPETITION, AWARD_NOTICE, NONE",
            "DYNAMIC_PURCHASING_SYSTEM, '', 49999.99, 59999.99, DPS_CALL_OFF, NONE, NONE",
            "DYNAMIC_PURCHASING_SYSTEM, '', 552950.00, 663540.00, DPS_CALL_OFF, NONE, NONE",
            "FRAMEWORK, '', 120000.00, 144000.00, UNKNOWN_CALL_OFF_METHOD, NONE, NONE",
            "FRAMEWORK, SOMETHING_ELSE, 120000.00, 144000.00, UNKNOWN_CALL_OFF_METHOD, NONE, NONE",
    })
    void aCallOffNeverHasAContractNoticeOrAStandstill(String mechanism, String method, BigDecimal exVat,
            BigDecimal incVat, String route, String noticeDuty, String standstill) throws Exception {
        String callOffMethod = method == null ? null : switch (method) {
            case "WITHOUT" -> "WITHOUT_REOPENING_COMPETITION";
            case "WITH" -> "WITH_REOPENING_COMPETITION";
            default -> method;
        };
        for (String continuity : new String[] {"NEW_SERVICE", "CONTINUE_WITHOUT_COMPETITION", "RETENDER"}) {
            assertThat(decide(continuity, "SOCIAL_CARE", exVat, incVat, mechanism, callOffMethod))
                    .as("continuity " + continuity)
                    .isEqualTo(new RouteDecision(route, noticeDuty, standstill));
        }
    }

    @Test
    void aCallOffForAServiceTypeTheTableDoesNotKnowIsNamedAsSuch() throws Exception {
        assertThat(decide("NEW_SERVICE", "CARE_HOME_PLACEMENTS", new BigDecimal("120000"), new BigDecimal("144000"),
                "FRAMEWORK", "WITH_REOPENING_COMPETITION").route()).isEqualTo(RouteDecision.UNKNOWN_SERVICE_TYPE);
    }

    @Test
    void anOpenProcurementNamingItsMechanismIsRoutedAsBefore() throws Exception {
        assertThat(decide("NEW_SERVICE", "SOCIAL_CARE", new BigDecimal("552950.00"), new BigDecimal("663540.00"),
                "OPEN_MARKET", null)).isEqualTo(new RouteDecision("LIGHT_TOUCH", "CONTRACT_AND_AWARD_NOTICES",
                        "BY_SETTING"));
    }

    private static RouteDecision decide(String continuity, String serviceType, BigDecimal exVat, BigDecimal incVat)
            throws Exception {
        return decide(continuity, serviceType, exVat, incVat, null, null);
    }

    private static RouteDecision decide(String continuity, String serviceType, BigDecimal exVat, BigDecimal incVat,
            String purchasingMechanism, String callOffMethod) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("purchasingMechanism", purchasingMechanism);
        variables.put("callOffMethod", callOffMethod);
        variables.put("continuityDecision", "CONTINUE".equals(continuity) ? "CONTINUE_WITHOUT_COMPETITION"
                : continuity);
        variables.put("serviceType", serviceType);
        variables.put("estimatedValueExVat", exVat);
        variables.put("estimatedValueIncVat", incVat);
        variables.put("regulatedThreshold", REGULATED);
        variables.put("lightTouchThreshold", LIGHT_TOUCH);
        variables.put("gpaThreshold", GPA);
        DecisionEvaluationResult result = engine.evaluateDecisionById(table, "procurement-route",
                new VariablesContext(variables));
        assertThat(result.isFailure()).as(result.getFailureMessage()).isFalse();
        return new ObjectMapper().readValue(MsgPackConverter.convertToJson(result.getOutput()), RouteDecision.class);
    }
}
