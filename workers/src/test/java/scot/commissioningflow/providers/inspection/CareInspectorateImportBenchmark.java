package scot.commissioningflow.providers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.JourneyTest;

/**
 * Rows per second importing a Care Inspectorate datastore the size of Scotland's (about 14,000 registered services),
 * generated here with the real columns. Not part of the test suite (the class name does not end in Test); run it with
 *
 * <pre>./mvnw -B -q test -pl workers -Dtest=CareInspectorateImportBenchmark -Dcare-inspectorate.benchmark.rows=14000</pre>
 *
 * It times reading the file alone, then three imports into the database through the product's service, each one
 * transaction: the first (every service new), the same file again (nothing changed: only when each was seen), and
 * a file where one service in twenty has new grades (each change published as an event).
 */
class CareInspectorateImportBenchmark extends JourneyTest {

    private static final String[] AREAS = {"Aberdeen City", "Aberdeenshire", "Angus", "Argyll & Bute",
        "City of Edinburgh", "Clackmannanshire", "Dumfries & Galloway", "Dundee City", "East Ayrshire",
        "East Dunbartonshire", "East Lothian", "East Renfrewshire", "Falkirk", "Fife", "Glasgow City", "Highland",
        "Inverclyde", "Midlothian", "Moray", "Na h-Eileanan Siar", "North Ayrshire", "North Lanarkshire",
        "Orkney Islands", "Perth & Kinross", "Renfrewshire", "Scottish Borders", "Shetland Islands",
        "South Ayrshire", "South Lanarkshire", "Stirling", "West Dunbartonshire", "West Lothian"};
    private static final String[] SERVICES = {"Care Home Service", "Housing Support Service", "Support Service",
        "Day Care of Children", "Child Minding", "Nurse Agency"};
    private static final String[] NAMES = {"Taigh na Mara", "Cùram Dachaigh", "Ogród Opieki", "Słoneczny Dom",
        "Àite Sàbhailte", "Cairn Court", "Fàilte Support", "Tigh Ùr", "Szczęśliwa Przystań", "Riverside House"};

    @Autowired
    CareServiceRegister register;

    @Test
    void importsAScotlandSizedDatastore() {
        int rows = Integer.getInteger("care-inspectorate.benchmark.rows", 14_000);
        byte[] file = generate(rows, 0);
        byte[] regraded = generate(rows, 20);
        SignedInPerson by = new SignedInPerson("benchmark", "Benchmark", Set.of(Role.ADMINISTRATOR), "DEMO-HSCP",
                null);

        long start = System.nanoTime();
        assertThat(DatastoreFile.read(file).services()).hasSize(rows);
        report("read only", rows, start);
        start = System.nanoTime();
        DatastoreImportSummary first = register.importFile(file, "benchmark", by);
        report("first import (all new)", rows, start);
        start = System.nanoTime();
        DatastoreImportSummary again = register.importFile(file, "benchmark", by);
        report("same file again", rows, start);
        start = System.nanoTime();
        DatastoreImportSummary changed = register.importFile(regraded, "benchmark", by);
        report("1 in 20 regraded", rows, start);
        System.out.printf("file: %,d bytes; new %d, unchanged %d, changed %d%n", file.length, first.newServices(),
                again.unchangedServices(), changed.changedServices());
        assertThat(again.changedServices()).isZero();
        assertThat(changed.changedServices()).isEqualTo(rows / 20);
    }

    private static void report(String what, int rows, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-24s %,8d rows in %6.2f s: %,10.0f rows/s%n", what, rows, seconds, rows / seconds);
    }

    /** Every {@code regradeEvery}th service with its leadership grade lowered (none when 0). */
    private static byte[] generate(int rows, int regradeEvery) {
        Random random = new Random(14_000);
        StringBuilder csv = new StringBuilder("CSNumber,ServiceType,ServiceName,Subtype,ServiceProvider,SP_number,"
                + "Provided_by_Local_Authority,CareService,ServiceStatus,Date_Reg,Registered_Places,Client_group,"
                + "Council_Area_Name,KQ_Support_Wellbeing,KQ_Care_and_Support_Planning,KQ_Setting,KQ_Staff_Team,"
                + "KQ_Leadership,KQ_Care_Play_and_Learning,MinGrade,MaxGrade,Last_inspection_Date,"
                + "Complaints_upheld_2324,Enforcements_issued_2324,Complaints_upheld_2425,Enforcements_issued_2425\r\n");
        for (int i = 0; i < rows; i++) {
            int[] grades = {3 + random.nextInt(4), 3 + random.nextInt(4), 3 + random.nextInt(4),
                3 + random.nextInt(4), 3 + random.nextInt(4)};
            if (regradeEvery > 0 && i % regradeEvery == 0) {
                grades[4] = 1;
            }
            int lowest = Math.min(Math.min(Math.min(grades[0], grades[1]), Math.min(grades[2], grades[3])),
                    grades[4]);
            int highest = Math.max(Math.max(Math.max(grades[0], grades[1]), Math.max(grades[2], grades[3])),
                    grades[4]);
            String service = SERVICES[i % SERVICES.length];
            csv.append(String.format("CS20%02d%06d,%s,\"%s %d, %s\",,\"%s Care Ltd\",SP20%02d%06d,No,%s,%s,"
                            + "01/04/20%02d,%s,Older people,%s,%d,%d,%d,%d,%d,,%d,%d,%02d/%02d/2025,0,0,%d,%d\r\n",
                    3 + i % 20, i, i % 3 == 0 ? "Private" : "Voluntary or Not for Profit", NAMES[i % NAMES.length], i,
                    AREAS[i % AREAS.length], NAMES[(i / 7) % NAMES.length], 3 + i % 20, i / 3, service,
                    i % 50 == 0 ? "Inactive" : "Active", 3 + i % 20,
                    service.equals("Care Home Service") ? String.valueOf(10 + i % 60) : "",
                    AREAS[i % AREAS.length], grades[0], grades[1], grades[2], grades[3], grades[4], lowest, highest,
                    1 + i % 28, 1 + i % 12, i % 7 == 0 ? 1 : 0, i % 97 == 0 ? 1 : 0));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
