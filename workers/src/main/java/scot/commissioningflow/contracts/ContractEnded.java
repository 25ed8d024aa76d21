package scot.commissioningflow.contracts;

import java.time.LocalDate;

/** Published when a contract in the register is ended, after the change commits: monitoring stops following it. */
public record ContractEnded(String contractReference, LocalDate on) {
}
