package scot.commissioningflow.frameworks.agreement;

import java.util.List;
import java.util.Optional;
import scot.commissioningflow.frameworks.FrameworkLot;

/**
 * A live framework's lot as a portal form offers it, for the pages that buy from a lot (a call-off, a care package):
 * its value is "framework reference:lot number", its label the framework's title and the lot's.
 */
public record LotChoice(String value, String label) {

    /** Every lot of every live framework. */
    public static List<LotChoice> live(FrameworkAgreements frameworks) {
        return frameworks.live().stream().flatMap(framework -> framework.lots().stream().map(lot -> new LotChoice(
                lot.frameworkReference() + ":" + lot.lotNumber(), framework.title() + ", lot " + lot.lotNumber()
                        + ": " + lot.title() + " (" + String.join(", ", lot.councilAreas()) + ")"))).toList();
    }

    /** The lot a form's value names, if there is one. */
    public static Optional<FrameworkLot> chosen(FrameworkAgreements frameworks, String value) {
        if (value == null || !value.contains(":")) {
            return Optional.empty();
        }
        String reference = value.substring(0, value.lastIndexOf(':'));
        String number = value.substring(value.lastIndexOf(':') + 1);
        return frameworks.find(reference).flatMap(framework -> framework.lots().stream()
                .filter(lot -> String.valueOf(lot.lotNumber()).equals(number)).findFirst());
    }
}
