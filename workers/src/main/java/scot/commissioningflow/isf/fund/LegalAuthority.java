package scot.commissioningflow.isf.fund;

/** The legal power under which a representative acts for an adult (Adults with Incapacity (Scotland) Act 2000). */
public enum LegalAuthority {
    POWER_OF_ATTORNEY,
    GUARDIANSHIP,
    INTERVENTION_ORDER
}
