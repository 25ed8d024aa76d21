package scot.commissioningflow.reporting.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.commissioningflow.reporting.DetailSheet;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.ReportingPeriod;
import scot.commissioningflow.reporting.ValueFormat;
import scot.commissioningflow.reporting.workbook.WorkbookContent.FeatureMeasures;

/**
 * The flexibility workbook for Scotland with 100,000 contracts (one row each on the Contracts sheet, the columns the
 * contracts register gives) and measures for 32 councils, written with the streaming engine the product uses and then
 * with POI's in-memory XSSF in the same run. Prints the seconds, the peak heap in use (sampled) and the peak heap
 * still live after a garbage collection (what the writer really holds), and the ratios. Not part of the test suite
 * (the class name does not end in Test); run it with
 *
 * <pre>./mvnw -B -q test -pl workers -Dtest=FlexibilityWorkbookBenchmark -Dreporting.benchmark.contracts=100000 \
 *     -DargLine=-Xmx4g</pre>
 *
 * XSSF needs more than 1 GB of heap for this workbook (with -Xmx1g it was still collecting garbage after 12 minutes),
 * hence the larger heap; the streaming writer's own need shows as its peak live heap after GC. The goal for the streaming workbook is under 10 s and under 512 MB of heap on a 2-core machine.
 */
class FlexibilityWorkbookBenchmark {

    @TempDir
    Path folder;

    @Test
    void theStreamingWorkbookOf100000ContractsAgainstTheInMemoryOne() throws Exception {
        int contracts = Integer.getInteger("reporting.benchmark.contracts", 100_000);
        WorkbookContent content = content(contracts);
        write(content, FlexibilityWorkbook.Engine.STREAMING, folder.resolve("warm.xlsx"), Math.min(contracts, 5_000));
        Figures streaming = measure(content, FlexibilityWorkbook.Engine.STREAMING, folder.resolve("streaming.xlsx"));
        Figures inMemory = measure(content, FlexibilityWorkbook.Engine.IN_MEMORY, folder.resolve("xssf.xlsx"));
        System.out.printf("%nFlexibility workbook, Scotland, %,d contracts, %d councils, max heap %d MB%n",
                contracts, COUNCILS, Runtime.getRuntime().maxMemory() >> 20);
        print("SXSSF (streaming, the product's)", streaming);
        print("XSSF (in memory)", inMemory);
        System.out.printf("  ratio XSSF / SXSSF: %.2f x the time, %.2f x the peak heap in use, %.2f x the peak"
                + " live heap%n", inMemory.seconds / streaming.seconds, (double) inMemory.peakUsed
                        / streaming.peakUsed, (double) inMemory.peakLive / streaming.peakLive);
        System.out.printf("  goal for SXSSF (under 10 s, under 512 MB in use): %s%n%n", streaming.seconds < 10
                && streaming.peakUsed < 512L << 20 ? "met" : "NOT met");
        assertThat(Files.size(folder.resolve("streaming.xlsx"))).isPositive();
    }

    private static final int COUNCILS = 32;

    private record Figures(double seconds, long peakUsed, long peakLive, long bytes) {
    }

    private static void print(String engine, Figures figures) {
        System.out.printf("  %-34s %6.2f s, peak heap in use %5d MB, peak live after GC %5d MB, file %,d bytes%n",
                engine, figures.seconds, figures.peakUsed >> 20, figures.peakLive >> 20, figures.bytes);
    }

    private Figures measure(WorkbookContent content, FlexibilityWorkbook.Engine engine, Path file) throws Exception {
        System.gc();
        AtomicLong peakUsed = new AtomicLong();
        AtomicLong peakLive = new AtomicLong();
        NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                long live = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                peakLive.accumulateAndGet(live, Math::max);
            }
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(afterGc, null, null));
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                        Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        try {
            write(content, engine, file, Integer.MAX_VALUE);
        } finally {
            sampler.interrupt();
            sampler.join();
            for (GarbageCollectorMXBean collector : collectors) {
                ((NotificationEmitter) collector).removeNotificationListener(afterGc);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Figures(seconds, peakUsed.get(), Math.max(peakLive.get(), 1), Files.size(file));
    }

    private static void write(WorkbookContent content, FlexibilityWorkbook.Engine engine, Path file, int rows)
            throws Exception {
        WorkbookContent limited = rows == Integer.MAX_VALUE ? content : content(rows);
        try (OutputStream out = Files.newOutputStream(file)) {
            new FlexibilityWorkbook(engine).write(limited, out, (done, expected) -> { });
        }
    }

    /** Measures of the kinds the features give, for 32 councils, and the contracts sheet. */
    private static WorkbookContent content(int contracts) {
        List<Measure> measures = new ArrayList<>();
        for (int m = 0; m < 40; m++) {
            Map<String, BigDecimal> byArea = new HashMap<>();
            for (int c = 0; c < COUNCILS; c++) {
                byArea.put("COUNCIL-" + c, BigDecimal.valueOf(c * 7L + m));
            }
            measures.add(new Measure("benchmark.measure-" + m, "Measure " + m, "What measure " + m + " counts.",
                    "Generated", m % 2 == 0 ? ValueFormat.COUNT : ValueFormat.PERCENT, m < 8
                            ? new Measure.Chart("Chart " + m / 4, "Bar " + m) : null, BigDecimal.valueOf(m),
                    byArea));
        }
        LocalDate start = LocalDate.of(2026, 4, 1);
        DetailSheet sheet = new DetailSheet("Contracts", "One row per contract.", List.of(
                new DetailSheet.Column("Reference", ValueFormat.TEXT, 24),
                new DetailSheet.Column("Kind", ValueFormat.TEXT, 24),
                new DetailSheet.Column("Title", ValueFormat.TEXT, 40),
                new DetailSheet.Column("Provider", ValueFormat.TEXT, 32),
                new DetailSheet.Column("Provider reference", ValueFormat.TEXT, 18),
                new DetailSheet.Column("Council or partnership", ValueFormat.TEXT, 20),
                new DetailSheet.Column("Starts", ValueFormat.DATE, 12),
                new DetailSheet.Column("Ends", ValueFormat.DATE, 12),
                new DetailSheet.Column("Annual value", ValueFormat.MONEY, 16),
                new DetailSheet.Column("Hourly rate", ValueFormat.MONEY, 12),
                new DetailSheet.Column("Outcomes", ValueFormat.COUNT, 10),
                new DetailSheet.Column("Variations", ValueFormat.COUNT, 10)), new DetailSheet.Rows() {
                    @Override
                    public long count(String area) {
                        return contracts;
                    }

                    @Override
                    public void forEach(String area, Consumer<List<Object>> row) {
                        for (int i = 0; i < contracts; i++) {
                            row.accept(Arrays.asList("CON-" + i, i % 5 == 0 ? "INDIVIDUAL_SERVICE_FUND"
                                    : "OUTCOMES_BASED", i % 5 == 0 ? "Individual service fund"
                                            : "Care and support at home, area " + i % 97, "Provider " + i % 1000,
                                    "PRV-" + i % 1000, "COUNCIL-" + i % COUNCILS, start.plusDays(i % 365),
                                    start.plusYears(3).plusDays(i % 365), BigDecimal.valueOf(20_000 + i % 50_000),
                                    new BigDecimal("24.50"), i % 6, i % 3));
                        }
                    }
                });
        return new WorkbookContent(ReportingPeriod.financialYear(2026), null, "Scotland", Instant.now(),
                List.of(new FeatureMeasures("Benchmark", measures)), List.of(sheet));
    }
}
