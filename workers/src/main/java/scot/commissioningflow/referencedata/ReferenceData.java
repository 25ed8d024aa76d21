package scot.commissioningflow.referencedata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.referencedata.FieldChanges.Snapshot;

/**
 * Lists, adds, corrects and ends the periods of every dataset of dated figures, the same way for each: periods of a
 * series never overlap, a new period after an open one ends that one the day before, and every change of every field
 * is written to the audit trail with who made it, when and why.
 */
@Service
public class ReferenceData {

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    private final Map<String, ReferenceDataset<?, ?, ?, ?>> datasets = new LinkedHashMap<>();
    private final FieldChanges audit;
    private final ReferenceChangeRepository changes;
    private final AuditTrail trail;
    private final ObjectMapper json;
    private final Validator validator;

    ReferenceData(List<ReferenceDataset<?, ?, ?, ?>> datasets, FieldChanges audit, ReferenceChangeRepository changes,
            AuditTrail trail, ObjectMapper json, Validator validator) {
        this.trail = trail;
        datasets.stream().sorted(Comparator.comparing(ReferenceDataset::name))
                .forEach(dataset -> this.datasets.put(dataset.name(), dataset));
        this.audit = audit;
        this.changes = changes;
        this.json = json;
        this.validator = validator;
    }

    public List<String> datasetNames() {
        return List.copyOf(datasets.keySet());
    }

    @Transactional(readOnly = true)
    public List<?> list(String dataset) {
        return viewsOf(dataset(dataset));
    }

    /** The dataset for its page: periods as text, the fields of a new period, its keepers and its history. */
    @Transactional(readOnly = true)
    public DatasetPage page(String name) {
        ReferenceDataset<?, ?, ?, ?> dataset = dataset(name);
        List<Map<String, String>> periods = rows(dataset);
        List<String> columns = periods.stream().flatMap(row -> row.keySet().stream()).distinct().toList();
        List<DatasetPage.EntryField> fields = Stream.of(dataset.seriesType(), dataset.figuresType())
                .flatMap(type -> Arrays.stream(type.getRecordComponents())).map(ReferenceData::entryField).toList();
        return new DatasetPage(dataset.name(), columns, periods, fields, dataset.owners(),
                changes(name, null).reversed());
    }

    /**
     * Each period as text: its dates first, then the dataset's own figures as its view gives them, then where the
     * figure came from and who recorded it.
     */
    private <E extends EffectiveDated<S, F>, S extends Record, F extends Record, V> List<Map<String, String>> rows(
            ReferenceDataset<E, S, F, V> dataset) {
        return dataset.all().stream().map(figure -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("effectiveFrom", String.valueOf(figure.period().effectiveFrom()));
            row.put("effectiveTo", figure.period().effectiveTo() == null ? "" : figure.period().effectiveTo()
                    .toString());
            json.valueToTree(dataset.view(figure)).properties().forEach(field -> row.putIfAbsent(field.getKey(),
                    field.getValue().isNull() ? "" : field.getValue().isValueNode() ? field.getValue().asText()
                            : field.getValue().toString()));
            row.remove("id");
            row.remove("sourceNote");
            row.put("sourceNote", figure.sourceNote() == null ? "" : figure.sourceNote());
            row.put("recordedBy", figure.recordedBy() == null ? "" : figure.recordedBy());
            return row;
        }).toList();
    }

    private static DatasetPage.EntryField entryField(RecordComponent component) {
        Class<?> type = component.getType();
        return new DatasetPage.EntryField(component.getName(), type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(Object::toString).toList() : List.of(),
                type == boolean.class || type == Boolean.class);
    }

    /** @param body the period entry's fields with the dataset's series and figure fields, as one JSON object */
    @Transactional
    public Object add(String dataset, JsonNode body, SignedInPerson by) {
        return addFromJson(dataset(dataset), body, by);
    }

    /** @param body the period entry's fields with the dataset's figure fields; the series cannot change */
    @Transactional
    public Object change(String dataset, long id, JsonNode body, SignedInPerson by) {
        return changeFromJson(dataset(dataset), id, body, by);
    }

    @Transactional
    public Object end(String dataset, long id, PeriodEnd end, SignedInPerson by) {
        return endPeriod(dataset(dataset), id, end, by);
    }

    @Transactional(readOnly = true)
    public List<ReferenceChangeView> changes(String dataset, Long recordId) {
        return changes.search(dataset(dataset).name(), recordId).stream().map(ReferenceChange::view).toList();
    }

    /**
     * For a feature's own endpoint that takes a typed request: the same rules and audit as {@link #add}, and the
     * same owners.
     */
    @Transactional
    public <E extends EffectiveDated<S, F>, S extends Record, F extends Record, V> V add(
            ReferenceDataset<E, S, F, V> dataset, S series, PeriodEntry entry, F figures, SignedInPerson by) {
        dataset.requireOwner(by);
        return addChecked(dataset, series, entry, figures, by);
    }

    /** Who may change a dataset is decided before anything else is read, so a refusal says nothing of the data. */
    private <E extends EffectiveDated<S, F>, S extends Record, F extends Record, V> V addChecked(
            ReferenceDataset<E, S, F, V> dataset, S series, PeriodEntry entry, F figures, SignedInPerson by) {
        List<FieldProblem> problems = new ArrayList<>();
        validate(entry, problems);
        validate(series, problems);
        validate(figures, problems);
        refuseIf(problems);
        dataset.requireKeeperOf(series, by);
        Period period = dataset.shape(PeriodRules.period(entry.effectiveFrom(), entry.effectiveTo()));
        List<E> held = dataset.series(series);
        String what = dataset.describe(series);
        for (E open : PeriodRules.endedBy(held, E::period, period)) {
            Snapshot before = Snapshot.of(open);
            open.restate(open.period().endingOn(period.effectiveFrom().minusDays(1)), open.sourceNote());
            audit.changed(dataset.name(), open.id(), before, Snapshot.of(open), by.username(),
                    "Ended the day before a new period beginning " + Period.date(period.effectiveFrom()) + ".");
        }
        PeriodRules.refuseOverlap(held, E::period, null, period, what);
        E figure = dataset.create(series, period, figures, entry.sourceNote());
        figure.recorded(by.username(), audit.clock().instant());
        dataset.save(figure);
        audit.created(dataset.name(), figure.id(), Snapshot.of(figure), by.username(), entry.reason());
        recordDecision(by, dataset, figure.id(), "Added " + inSentence(what) + " " + period.describe(),
                entry.reason());
        log.info("{} {} added by {}: {}", what, period, by.username(), entry.reason());
        return dataset.view(figure);
    }

    private <E extends EffectiveDated<S, F>, S extends Record, F extends Record, V> List<V> viewsOf(
            ReferenceDataset<E, S, F, V> dataset) {
        return dataset.all().stream().map(dataset::view).toList();
    }

    private <E extends EffectiveDated<S, F>, S extends Record, F extends Record, V> V addFromJson(
            ReferenceDataset<E, S, F, V> dataset, JsonNode body, SignedInPerson by) {
        dataset.requireOwner(by);
        List<FieldProblem> problems = new ArrayList<>();
        PeriodEntry entry = read(body, PeriodEntry.class, problems);
        S series = read(body, dataset.seriesType(), problems);
        F figures = read(body, dataset.figuresType(), problems);
        refuseIf(problems);
        return addChecked(dataset, series, entry, figures, by);
    }

    private <E extends EffectiveDated<S, F>, S extends Record, F extends Record, V> V changeFromJson(
            ReferenceDataset<E, S, F, V> dataset, long id, JsonNode body, SignedInPerson by) {
        dataset.requireOwner(by);
        List<FieldProblem> problems = new ArrayList<>();
        PeriodEntry entry = read(body, PeriodEntry.class, problems);
        F figures = read(body, dataset.figuresType(), problems);
        refuseIf(problems);
        E figure = dataset.find(id);
        dataset.requireKeeperOf(figure.series(), by);
        Period period = dataset.shape(PeriodRules.period(entry.effectiveFrom(), entry.effectiveTo()));
        PeriodRules.refuseOverlap(dataset.series(figure.series()), E::period, figure, period,
                dataset.describe(figure.series()));
        Snapshot before = Snapshot.of(figure);
        figure.restate(period, entry.sourceNote());
        figure.restate(figures);
        int fields = audit.changed(dataset.name(), id, before, Snapshot.of(figure), by.username(), entry.reason());
        recordDecision(by, dataset, id, "Corrected " + fields + " field" + (fields == 1 ? "" : "s") + " of "
                + inSentence(dataset.describe(figure.series())) + " " + period.describe(), entry.reason());
        return dataset.view(figure);
    }

    private <E extends EffectiveDated<S, F>, S extends Record, F extends Record, V> V endPeriod(
            ReferenceDataset<E, S, F, V> dataset, long id, PeriodEnd end, SignedInPerson by) {
        dataset.requireOwner(by);
        E figure = dataset.find(id);
        dataset.requireKeeperOf(figure.series(), by);
        Snapshot before = Snapshot.of(figure);
        figure.restate(PeriodRules.ending(figure.period(), end.effectiveTo(), dataset.describe(figure.series())),
                figure.sourceNote());
        audit.changed(dataset.name(), id, before, Snapshot.of(figure), by.username(), end.reason());
        recordDecision(by, dataset, id, "Ended " + inSentence(dataset.describe(figure.series())) + " "
                + figure.period().describe(), end.reason());
        return dataset.view(figure);
    }

    /**
     * The change as one decision in the product's audit trail, beside the field-by-field history kept here: the
     * figure is named {@code dataset/id}, as the history names it.
     */
    private void recordDecision(SignedInPerson by, ReferenceDataset<?, ?, ?, ?> dataset, long id, String what,
            String reason) {
        trail.record(by, AuditEntry.of("reference-data.changed", "reference-data", dataset.name() + "/" + id,
                what + ": " + reason));
    }

    /** A series as a dataset names it to begin a sentence ("The real Living Wage rate"), for inside one. */
    private static String inSentence(String described) {
        return described.startsWith("The ") ? "the " + described.substring("The ".length()) : described;
    }

    private ReferenceDataset<?, ?, ?, ?> dataset(String name) {
        ReferenceDataset<?, ?, ?, ?> dataset = datasets.get(name);
        if (dataset == null) {
            throw new NotFound("There is no reference data called " + name + ". The datasets are: "
                    + String.join(", ", datasets.keySet()) + ".");
        }
        return dataset;
    }

    private <T> T read(JsonNode body, Class<T> type, List<FieldProblem> problems) {
        try {
            T value = json.treeToValue(body, type);
            validate(value, problems);
            return value;
        } catch (InvalidFormatException e) {
            problems.add(unreadable(e, e.getValue(), e.getTargetType()));
        } catch (MismatchedInputException e) {
            problems.add(unreadable(e, null, e.getTargetType()));
        } catch (JsonProcessingException e) {
            problems.add(new FieldProblem("body", "the body could not be read: " + e.getOriginalMessage()));
        }
        return null;
    }

    private static FieldProblem unreadable(MismatchedInputException e, Object value, Class<?> target) {
        String field = e.getPath().stream().map(reference -> reference.getFieldName() != null
                ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
        String expected = target != null && target.isEnum()
                ? "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : target == null ? "of another kind" : "a " + readable(target);
        return new FieldProblem(field, field + " must be " + expected + (value == null ? "" : ", not " + value));
    }

    private static String readable(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date such as 2026-04-01";
            case "BigDecimal", "int", "Integer", "long", "Long" -> "number";
            case "boolean", "Boolean" -> "true or false";
            default -> type.getSimpleName();
        };
    }

    private void validate(Object value, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        validator.validate(value).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(),
                        violation.getPropertyPath() + " " + violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .forEach(problems::add);
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
