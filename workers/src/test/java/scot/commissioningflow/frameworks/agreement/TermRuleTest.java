package scot.commissioningflow.frameworks.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.platform.web.InvalidInput;

class TermRuleTest {

    private static final LocalDate START = LocalDate.of(2027, 4, 1);

    @Test
    void fourYearsToTheDayNeedNoReason() {
        assertThatCode(() -> TermRule.check(START, LocalDate.of(2031, 3, 31), null)).doesNotThrowAnyException();
        assertThat(TermRule.exceptional(START, LocalDate.of(2031, 3, 31))).isFalse();
    }

    @Test
    void aDayLongerIsRefusedWithoutAnExceptionalReason() {
        assertThatThrownBy(() -> TermRule.check(START, LocalDate.of(2031, 4, 1), " "))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("a framework runs at most 4 years (to 2031-03-31 from 2027-04-01)");
        assertThatCode(() -> TermRule.check(START, LocalDate.of(2031, 4, 1), "A new national care service"
                + " is expected to take over commissioning in 2031; re-tendering twice would move people twice."))
                .doesNotThrowAnyException();
        assertThat(TermRule.exceptional(START, LocalDate.of(2031, 4, 1))).isTrue();
    }

    @Test
    void aTermEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> TermRule.check(START, START, null)).hasMessageContaining("endsOn must be after");
    }
}
