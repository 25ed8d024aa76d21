package scot.commissioningflow.providers.inspection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.CareServiceChanged;
import scot.commissioningflow.providers.CareServiceChanged.Change;
import scot.commissioningflow.providers.CareServices;
import scot.commissioningflow.providers.RegisteredCareService;

/**
 * The registered care services as the latest import of the Care Inspectorate datastore left them. An import is one
 * transaction: a file is read whole before anything is written, so a refused file changes nothing, and importing the
 * same file again changes only when each service was last seen.
 */
@Service
class CareServiceRegister implements CareServices {

    private static final Logger log = LoggerFactory.getLogger(CareServiceRegister.class);

    private final StoredCareServiceRepository services;
    private final DatastoreImportRepository imports;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    CareServiceRegister(StoredCareServiceRepository services, DatastoreImportRepository imports,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.services = services;
        this.imports = imports;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports the file: new services are added, known ones refreshed, and a {@link CareServiceChanged} published
     * for each whose grades, status, complaints or enforcements changed. Services the file no longer lists are kept
     * as they were, with the time they were last seen.
     *
     * @throws scot.commissioningflow.platform.web.InvalidInput naming the line and column of each problem
     */
    @Transactional
    DatastoreImportSummary importFile(byte[] content, String source, SignedInPerson by) {
        DatastoreFile.Contents file = DatastoreFile.read(content);
        Instant at = clock.instant();
        Map<String, StoredCareService> held = services.findAllById(file.services().stream()
                .map(listed -> listed.service().serviceNumber()).toList()).stream()
                .collect(Collectors.toMap(StoredCareService::getId, Function.identity()));
        int added = 0;
        int changed = 0;
        for (DatastoreFile.Listed listed : file.services()) {
            RegisteredCareService seen = listed.service();
            StoredCareService stored = held.get(seen.serviceNumber());
            if (stored == null) {
                services.save(new StoredCareService(seen, at));
                added++;
                continue;
            }
            RegisteredCareService before = stored.view();
            Set<Change> changes = stored.refresh(seen, at);
            if (!changes.isEmpty()) {
                events.publishEvent(new CareServiceChanged(before, stored.view(), changes, at));
                changed++;
            }
        }
        DatastoreImport recorded = imports.save(new DatastoreImport(source, sha256(content), file.services().size(),
                added, changed, file.complaintsYear(), by.username(), at));
        DatastoreImportSummary summary = recorded.summary();
        audit.record(by, AuditEntry.of("providers.care-inspectorate-imported", "care-inspectorate-import",
                String.valueOf(summary.id()), "Imported " + summary.services() + " registered services from "
                        + source + ": " + added + " new, " + changed + " changed."));
        log.info("Care Inspectorate datastore from {}: {} services, {} new, {} changed", source,
                summary.services(), added, changed);
        return summary;
    }

    @Transactional(readOnly = true)
    List<DatastoreImportSummary> recentImports() {
        return imports.findTop50ByOrderByImportedAtDesc().stream().map(DatastoreImport::summary).toList();
    }

    @Transactional(readOnly = true)
    RegisteredCareService get(String serviceNumber) {
        return byServiceNumber(serviceNumber).orElseThrow(() -> new NotFound("The Care Inspectorate datastore as"
                + " imported holds no service " + serviceNumber + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisteredCareService> byServiceNumber(String serviceNumber) {
        return services.findById(serviceNumber).map(StoredCareService::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredCareService> byServiceNumbers(Collection<String> serviceNumbers) {
        return services.findAllById(serviceNumbers).stream().map(StoredCareService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredCareService> byProviderNumber(String providerNumber) {
        return services.findByProviderNumberOrderByServiceNumber(providerNumber).stream()
                .map(StoredCareService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean activeAndGradedAtLeast(String serviceNumber, int minimumGrade) {
        return byServiceNumber(serviceNumber).map(service -> service.activeAndGradedAtLeast(minimumGrade))
                .orElse(false);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
