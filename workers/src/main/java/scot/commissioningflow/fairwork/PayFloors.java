package scot.commissioningflow.fairwork;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.fairwork.referencedata.FairWorkFigures;

/** The pay floor in force on a date, for features that check pay actually paid against it (contract monitoring). */
@Service
public class PayFloors {

    private final FairWorkFigures figures;

    PayFloors(FairWorkFigures figures) {
        this.figures = figures;
    }

    /** @throws ReferenceDataNotHeld when no floor is held for the date: pay is never checked against zero */
    @Transactional(readOnly = true)
    public PayFloor floorOn(WorkType work, LocalDate date) {
        return figures.floorOn(work, date);
    }
}
