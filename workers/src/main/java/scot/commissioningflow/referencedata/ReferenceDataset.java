package scot.commissioningflow.referencedata;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.NotFound;

/**
 * One kind of dated figure (pay rates, procurement thresholds, the ISF policy...): its name in the API and the audit
 * trail, its entity, and how a figure is made and shown. A feature declares each dataset it owns as a Spring bean
 * extending this class; {@link ReferenceData} then lists, adds, corrects, ends and audits its periods, and the
 * feature's own services read the figure in force on a date through {@link #inForce}.
 *
 * @param <E> the entity holding one period of one series
 * @param <S> what names a series (a record; {@link NoFields} when the dataset is one series)
 * @param <F> the figures a correction may restate (a record; {@link NoFields} when the period is all there is)
 * @param <V> what the API answers for one figure
 */
public abstract class ReferenceDataset<E extends EffectiveDated<S, F>, S extends Record, F extends Record, V> {

    private final String name;
    private final Class<E> entityType;
    private final Class<S> seriesType;
    private final Class<F> figuresType;
    private final Set<Role> owners;

    /**
     * How long a copy of the dataset read from the database answers without reading it again. A change made through
     * this application is seen at once (its commit drops the copy); one made through another replica of the
     * application, sharing the database, is seen here within this time.
     */
    static final Duration READ_AGAIN_AFTER = Duration.ofSeconds(5);

    private ObjectProvider<EntityManager> entities;
    private ObjectProvider<EntityManagerFactory> store;

    /** Read on nearly every step of every process, changed a few times a year: kept, not queried each time. */
    private volatile Copy<E> copy;
    /** Counts the changes committed through this application, so a copy read before one is never kept after it. */
    private final AtomicLong committedChanges = new AtomicLong();
    /** Bound to a transaction that changes this dataset: it reads its own changes, not the copy. */
    private final Object changingKey = new Object();

    private record Copy<E>(List<E> figures, long readAt, long committedChanges) {
    }

    /**
     * @param name the dataset's name in the API path and the audit trail, e.g. {@code pay-rates}: never rename one
     *        that has been released, the audit trail is kept under it
     */
    protected ReferenceDataset(String name, Class<E> entityType, Class<S> seriesType, Class<F> figuresType) {
        this(name, entityType, seriesType, figuresType, Role.ADMINISTRATOR);
    }

    /**
     * For a dataset that someone besides the administrator keeps: only people holding one of these roles add,
     * correct or end its periods.
     */
    protected ReferenceDataset(String name, Class<E> entityType, Class<S> seriesType, Class<F> figuresType,
            Role... owners) {
        if (owners.length == 0) {
            throw new IllegalArgumentException("Name who keeps the " + name + " reference data");
        }
        this.name = name;
        this.entityType = entityType;
        this.seriesType = seriesType;
        this.figuresType = figuresType;
        this.owners = Set.of(owners);
    }

    /** Resolved when first used, so that a web test of the endpoints needs no database. */
    @Autowired
    void entities(ObjectProvider<EntityManager> entities, ObjectProvider<EntityManagerFactory> store) {
        this.entities = entities;
        this.store = store;
    }

    public String name() {
        return name;
    }

    /** A new, not yet saved, figure. */
    protected abstract E create(S series, Period period, F figures, String sourceNote);

    protected abstract V view(E figure);

    /** The series as the subject of a sentence, e.g. "The real Living Wage rate". */
    protected abstract String describe(S series);

    /** Lets a dataset whose figures are single days (bank holidays) close a period given only its first day. */
    protected Period shape(Period requested) {
        return requested;
    }

    /** The roles that keep this dataset: the administrator's unless the dataset names others. */
    public Set<Role> owners() {
        return owners;
    }

    /** @throws Refused naming who keeps the dataset, when this person does not */
    void requireOwner(SignedInPerson person) {
        if (!person.hasAny(owners.toArray(Role[]::new))) {
            throw new Refused("Only " + owners.stream().map(ReferenceDataset::someone).sorted()
                    .collect(Collectors.joining(" or ")) + " can change the " + name + " reference data.");
        }
    }

    /**
     * Refuses a keeper of the dataset who does not keep this series: a dataset whose series belong to someone (a
     * framework's price schedules to the national body that runs the framework) narrows who keeps each. By default
     * every keeper of the dataset keeps every series. Called after {@link #requireOwner}, before anything changes.
     *
     * @throws Refused naming who keeps the series
     */
    protected void requireKeeperOf(S series, SignedInPerson person) {
    }

    /** A role as a person reads it: "an administrator", "a procurement lead". */
    private static String someone(Role role) {
        String words = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return (Arrays.asList('a', 'e', 'i', 'o', 'u').contains(words.charAt(0)) ? "an " : "a ") + words;
    }

    /** The order the API lists figures in: by series, then by date. */
    protected Comparator<E> listOrder() {
        return Comparator.<E, String>comparing(figure -> figure.series().toString())
                .thenComparing(figure -> figure.period().effectiveFrom());
    }

    /**
     * Every period of every series, in {@link #listOrder()}. Datasets are small: tens of rows, not thousands. The
     * figures are shared between callers: read them, never change them (changes go through {@link ReferenceData}).
     */
    public List<E> all() {
        if (TransactionSynchronizationManager.hasResource(changingKey)) {
            return read();
        }
        Copy<E> held = copy;
        long now = System.nanoTime();
        long changes = committedChanges.get();
        if (held != null && held.committedChanges() == changes
                && now - held.readAt() < READ_AGAIN_AFTER.toNanos()) {
            return held.figures();
        }
        List<E> figures = readCommitted();
        copy = new Copy<>(figures, now, changes);
        return figures;
    }

    /**
     * The figures as committed, through an entity manager of the copy's own and not the caller's transaction. Read
     * through the caller's, the copy would hold that transaction's managed entities, which a change later in the
     * same transaction restates in place (ending an open period the day before a new one) for every other reader
     * to see before it commits, or after it rolls back; and it would hold that transaction's snapshot of the
     * database, which may predate a change committed since, and keep it after the commit has dropped the copy.
     */
    private List<E> readCommitted() {
        try (EntityManager own = store.getObject().createEntityManager()) {
            return read(own);
        }
    }

    /** In a changing transaction: its own entities, to change. */
    private List<E> read() {
        return read(entities.getObject());
    }

    private List<E> read(EntityManager from) {
        String entityName = from.getMetamodel().entity(entityType).getName();
        return from.createQuery("select f from " + entityName + " f", entityType).getResultList().stream()
                .sorted(listOrder()).toList();
    }

    /** The figure of this series covering the date; when an open period overlaps a later one, the later wins. */
    public Optional<E> inForce(S series, LocalDate date) {
        return inForce(series::equals, date).stream().findFirst();
    }

    /** The figures of the series matching {@code which} that cover the date, latest-starting first. */
    public List<E> inForce(Predicate<S> which, LocalDate date) {
        return all().stream().filter(figure -> which.test(figure.series()) && figure.period().covers(date))
                .sorted(Comparator.comparing((E figure) -> figure.period().effectiveFrom()).reversed()).toList();
    }

    /** For a change: the series as the database holds it now, each figure this transaction's own to change. */
    List<E> series(S series) {
        changing();
        return all().stream().filter(figure -> figure.series().equals(series)).toList();
    }

    E find(long id) {
        changing();
        E figure = entities.getObject().find(entityType, id);
        if (figure == null) {
            throw new NotFound("There is no figure " + id + " in the " + name + " reference data.");
        }
        return figure;
    }

    void save(E figure) {
        changing();
        entities.getObject().persist(figure);
    }

    /** From here to its end the transaction reads the database itself; once it ends, every copy is read again. */
    private void changing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committedChanges.incrementAndGet();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(changingKey)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(changingKey, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(changingKey);
                committedChanges.incrementAndGet();
                copy = null;
            }
        });
    }

    Class<S> seriesType() {
        return seriesType;
    }

    Class<F> figuresType() {
        return figuresType;
    }
}
