package scot.commissioningflow.fairwork.uplift;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.fairwork.PriceSustainability;
import scot.commissioningflow.fairwork.WorkType;
import scot.commissioningflow.fairwork.referencedata.FairWorkFigures;

/** Which contracts need an uplift when a new pay floor takes effect, for the register's live contracts or any list. */
@Service
public class PayUplifts {

    private final ContractRegister register;
    private final PriceSustainability sustainability;
    private final FairWorkFigures figures;

    PayUplifts(ContractRegister register, PriceSustainability sustainability, FairWorkFigures figures) {
        this.register = register;
        this.sustainability = sustainability;
        this.figures = figures;
    }

    /** The contracts live on the date in the contract register, against the floor and on-costs of that date. */
    @Transactional(readOnly = true)
    public UpliftReview forLiveContracts(LocalDate effectiveFrom) {
        List<ContractRate> live = register.liveOn(effectiveFrom).stream()
                .map(entry -> new ContractRate(entry.reference(), entry.providerName(), entry.hourlyRate()))
                .toList();
        return forContracts(effectiveFrom, live);
    }

    @Transactional(readOnly = true)
    public UpliftReview forContracts(LocalDate effectiveFrom, List<ContractRate> contracts) {
        var sustainable = sustainability.sustainablePrice(figures.floorOn(WorkType.DIRECT_CARE, effectiveFrom));
        return PayUplift.review(contracts, sustainable);
    }
}
