package scot.commissioningflow.referencedata;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Records each changed field of a reference figure with the old and new value, who changed it, when and why. */
@Component
class FieldChanges {

    private final ReferenceChangeRepository changes;
    private final Clock clock;

    FieldChanges(ReferenceChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** The values of a figure's fields before or after a change, in the order a person reads them. */
    static final class Snapshot {

        private final Map<String, String> values = new LinkedHashMap<>();

        /** Series fields, then the period, then the figures, then the source: named as the API names them. */
        static Snapshot of(EffectiveDated<?, ?> figure) {
            Snapshot snapshot = new Snapshot().withComponents(figure.series())
                    .with("effectiveFrom", figure.period().effectiveFrom())
                    .with("effectiveTo", figure.period().effectiveTo());
            return snapshot.withComponents(figure.figures()).with("sourceNote", figure.sourceNote());
        }

        Snapshot with(String field, Object value) {
            values.put(field, text(value));
            return this;
        }

        private Snapshot withComponents(Record fields) {
            for (RecordComponent component : fields.getClass().getRecordComponents()) {
                try {
                    // A dataset's records are package-private in their feature: read them as the mechanism's own.
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    with(component.getName(), accessor.invoke(fields));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component + " for the audit trail", e);
                }
            }
            return this;
        }

        private static String text(Object value) {
            if (value instanceof BigDecimal amount) {
                // 12.6 and 12.60 are the same figure and must not show as a change.
                return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
            }
            return value == null ? null : value.toString();
        }
    }

    Clock clock() {
        return clock;
    }

    void created(String dataSet, long recordId, Snapshot values, String by, String reason) {
        values.values.forEach((field, value) -> save(dataSet, recordId, field, null, value, by, reason));
    }

    /** @return how many fields changed */
    int changed(String dataSet, long recordId, Snapshot before, Snapshot after, String by, String reason) {
        int changed = 0;
        for (var field : after.values.entrySet()) {
            String old = before.values.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                save(dataSet, recordId, field.getKey(), old, field.getValue(), by, reason);
                changed++;
            }
        }
        return changed;
    }

    private void save(String dataSet, long recordId, String field, String old, String now, String by,
            String reason) {
        changes.save(new ReferenceChange(dataSet, recordId, field, old, now, by, clock.instant(), reason));
    }
}
