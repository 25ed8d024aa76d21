package scot.commissioningflow.providers.inspection;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.trial.TrialSeed;

/**
 * A trial's Care Inspectorate grades: three Highland care services, imported as a datastore file would be, so that
 * the trial's providers have grades a framework's minimum and a tender's evaluation can look at.
 */
@Component
class InspectionTrialSeed implements TrialSeed {

    /** The datastore's own columns, as in its published CSV; the grades are the key questions' (1 to 6). */
    private static final String DATASTORE = """
            CSNumber,ServiceType,ServiceName,Subtype,Address_line_1,Service_town,Service_Postcode,ServiceProvider,SP_number,Provided_by_Local_Authority,CareService,ServiceStatus,Date_Reg,Registered_Places,Client_group,Council_Area_Name,Health_Board_Name,KQ_Support_Wellbeing,KQ_Care_and_Support_Planning,KQ_Setting,KQ_Staff_Team,KQ_Leadership,KQ_Care_Play_and_Learning,MinGrade,MaxGrade,GradeSpread,Publication_of_Latest_Grading,Last_inspection_Date,Complaints_upheld_2324,Enforcements_issued_2324,any_requirements_2324,Complaints_upheld_2425,Enforcements_issued_2425,any_requirements_2425
            CS2099000001,Voluntary or Not for Profit,Demo Care Cooperative - Care at Home,Care at home,1 High Street,Aviemore,PH22 1AA,Demo Care Cooperative,SP2099000001,No,Support Service,Active,01/04/2015,,Older people,Highland,Highland,5,5,,5,4,,4,5,1,15/03/2025,10/02/2025,0,0,0,0,0,0
            CS2099000002,Private,Strathspey Home Support,Care at home,4 The Square,Grantown-on-Spey,PH26 3HF,Strathspey Home Support Ltd,SP2099000002,No,Support Service,Active,01/06/2012,,Older people,Highland,Highland,4,4,,3,4,,3,4,1,20/01/2025,02/12/2024,1,0,1,0,0,0
            CS2099000003,Voluntary or Not for Profit,Badenoch Care Partnership,Care at home,12 Main Street,Kingussie,PH21 1HP,Badenoch Care Partnership,SP2099000003,No,Support Service,Active,01/09/2018,,Older people,Highland,Highland,6,5,,5,5,,5,6,1,05/05/2025,14/04/2025,0,0,0,0,0,0
            """;

    private static final SignedInPerson ADMINISTRATOR = new SignedInPerson("admin", "Administrator",
            Set.of(Role.ADMINISTRATOR), "DEMO-HSCP", null);

    private final DatastoreImports imports;

    InspectionTrialSeed(DatastoreImports imports) {
        this.imports = imports;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void seed() {
        imports.upload(DATASTORE.getBytes(StandardCharsets.UTF_8), "trial-datastore.csv", ADMINISTRATOR);
    }
}
