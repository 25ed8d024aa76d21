package scot.commissioningflow.reporting.opendata;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.reporting.OpenDataContributor;
import scot.commissioningflow.reporting.OpenDataContributor.ContractingProcess;
import scot.commissioningflow.reporting.OpenRelease;
import scot.commissioningflow.reporting.OpenRelease.Organisation;

/**
 * Open contracting data in OCDS 1.1: every feature's contracting processes as releases (one per stage), compiled
 * records, and release and record packages with the publisher, licence and publication policy.
 * <p>
 * Ids are made here, the same way for every feature, so that they are unique where OCDS needs them and where
 * publishers often fail: the ocid is the registered prefix and the process id; a release id, award id and contract id
 * each start with the ocid, so none repeats in another process, and a repeat within a process is refused as a fault
 * of the feature that gave it. Every organisation named anywhere in a release is listed in its {@code parties} with
 * each role it plays there, since the parties are gathered from where the organisations are named.
 */
@Service
public class OpenContractingData {

    static final String VERSION = "1.1";
    /** The techniques extension (framework agreements, dynamic purchasing systems) from the extension registry. */
    static final String TECHNIQUES_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extension/ocds_techniques_extension/master/extension.json";
    static final int PAGE_SIZE = 100;

    private final ObjectProvider<OpenDataContributor> contributors;
    private final OpenDataSettings settings;
    private final Clock clock;

    OpenContractingData(ObjectProvider<OpenDataContributor> contributors, OpenDataSettings settings, Clock clock) {
        this.contributors = contributors;
        this.settings = settings;
        this.clock = clock;
    }

    /** One page of every process's releases, oldest process first. */
    public Map<String, Object> releasePackage(int page) {
        List<ContractingProcess> processes = page(page);
        return releasePackage(processes, settings.baseUrl() + OpenDataController.RELEASES + "?page=" + page);
    }

    /** One page of records, each with its releases and its compiled release. */
    public Map<String, Object> recordPackage(int page) {
        List<ContractingProcess> processes = page(page);
        return recordPackage(processes, settings.baseUrl() + OpenDataController.RECORDS + "?page=" + page,
                settings.baseUrl() + OpenDataController.RELEASES + "?page=" + page);
    }

    public Map<String, Object> releasePackageFor(String ocid) {
        return releasePackage(List.of(one(ocid)), settings.baseUrl() + OpenDataController.RELEASES + "/" + ocid);
    }

    public Map<String, Object> recordPackageFor(String ocid) {
        return recordPackage(List.of(one(ocid)), settings.baseUrl() + OpenDataController.RECORDS + "/" + ocid,
                settings.baseUrl() + OpenDataController.RELEASES + "/" + ocid);
    }

    PublicationPolicy publicationPolicy() {
        return PublicationPolicy.of(settings.ocidPrefix(), settings.licence());
    }

    private List<ContractingProcess> page(int page) {
        List<Map.Entry<OpenDataContributor, String>> ids = new ArrayList<>();
        for (OpenDataContributor contributor : ordered()) {
            contributor.processIds().forEach(id -> ids.add(Map.entry(contributor, id)));
        }
        int from = (page - 1) * PAGE_SIZE;
        if (page < 1 || from >= ids.size()) {
            throw new NotFound(ids.isEmpty() ? "No contracting process has been published yet."
                    : "There are " + ids.size() + " contracting processes, " + PAGE_SIZE + " a page: pages 1 to "
                            + ((ids.size() - 1) / PAGE_SIZE + 1) + ".");
        }
        return ids.subList(from, Math.min(ids.size(), from + PAGE_SIZE)).stream()
                .flatMap(entry -> entry.getKey().process(entry.getValue()).stream()).toList();
    }

    private ContractingProcess one(String ocid) {
        String prefix = settings.ocidPrefix() + "-";
        String processId = ocid.startsWith(prefix) ? ocid.substring(prefix.length()) : "";
        return ordered().stream().filter(c -> processId.startsWith(c.processKind() + "-")).findFirst()
                .flatMap(c -> c.process(processId))
                .orElseThrow(() -> new NotFound("No contracting process is published as " + ocid + "."));
    }

    private List<OpenDataContributor> ordered() {
        List<OpenDataContributor> all = contributors.orderedStream()
                .sorted(Comparator.comparing(OpenDataContributor::processKind)).toList();
        Set<String> kinds = new HashSet<>();
        for (OpenDataContributor contributor : all) {
            if (!kinds.add(contributor.processKind())) {
                throw new IllegalStateException("Two features publish processes of kind " + contributor.processKind()
                        + ": process ids would collide.");
            }
        }
        return all;
    }

    private Map<String, Object> releasePackage(List<ContractingProcess> processes, String uri) {
        List<Map<String, Object>> releases = processes.stream().flatMap(p -> releases(p).stream()).toList();
        Map<String, Object> pack = packageHead(uri, releases);
        pack.put("releases", releases);
        return pack;
    }

    private Map<String, Object> recordPackage(List<ContractingProcess> processes, String uri, String releasesUri) {
        List<Map<String, Object>> records = new ArrayList<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (ContractingProcess process : processes) {
            List<Map<String, Object>> releases = releases(process);
            all.addAll(releases);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("ocid", ocid(process.id()));
            record.put("releases", releases);
            record.put("compiledRelease", compiled(ocid(process.id()), releases));
            records.add(record);
        }
        Map<String, Object> pack = packageHead(uri, all);
        pack.put("packages", List.of(releasesUri));
        pack.put("records", records);
        return pack;
    }

    private Map<String, Object> packageHead(String uri, List<Map<String, Object>> releases) {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("uri", uri);
        pack.put("version", VERSION);
        if (releases.stream().anyMatch(r -> r.get("tender") instanceof Map<?, ?> t && t.containsKey("techniques"))) {
            pack.put("extensions", List.of(TECHNIQUES_EXTENSION));
        }
        pack.put("publishedDate", dateTime(clock.instant()));
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("name", settings.publisherName());
        put(publisher, "uri", settings.publisherUri());
        pack.put("publisher", publisher);
        pack.put("license", settings.licence());
        pack.put("publicationPolicy", settings.publicationPolicy());
        return pack;
    }

    String ocid(String processId) {
        return settings.ocidPrefix() + "-" + processId;
    }

    /** The process's releases in OCDS form, oldest first, with ids checked for repeats. */
    List<Map<String, Object>> releases(ContractingProcess process) {
        String ocid = ocid(process.id());
        Set<String> releaseIds = new HashSet<>();
        Map<String, String> awardOwners = new HashMap<>();
        Map<String, String> contractOwners = new HashMap<>();
        List<Map<String, Object>> releases = new ArrayList<>();
        for (OpenRelease release : process.releases()) {
            if (!releaseIds.add(release.id())) {
                throw new IllegalStateException(process.id() + " gives release " + release.id() + " twice.");
            }
            release.awards().forEach(a -> sameMeaning(awardOwners, a.id(), a.suppliers().toString(), process, "award"));
            release.contracts().forEach(c -> sameMeaning(contractOwners, c.id(), c.awardId(), process, "contract"));
            releases.add(release(ocid, release));
        }
        return releases;
    }

    /** An award or contract id may repeat across releases only for the same award or contract. */
    private static void sameMeaning(Map<String, String> seen, String id, String meaning, ContractingProcess process,
            String what) {
        String before = seen.putIfAbsent(id, meaning);
        if (before != null && !before.equals(meaning)) {
            throw new IllegalStateException(process.id() + " gives " + what + " id " + id + " to two different "
                    + what + "s.");
        }
    }

    private Map<String, Object> release(String ocid, OpenRelease release) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ocid", ocid);
        json.put("id", ocid + "-" + release.id());
        json.put("date", dateTime(release.date()));
        json.put("tag", List.of(release.stage().tag()));
        json.put("initiationType", "tender");
        json.put("language", "en");
        json.put("parties", parties(List.of(release)));
        if (release.buyer() != null) {
            json.put("buyer", reference(release.buyer()));
        }
        if (release.planning() != null) {
            Map<String, Object> planning = new LinkedHashMap<>();
            put(planning, "rationale", release.planning().rationale());
            if (release.planning().budget() != null) {
                planning.put("budget", Map.of("amount", money(release.planning().budget())));
            }
            json.put("planning", planning);
        }
        if (release.tender() != null) {
            json.put("tender", tender(ocid, release));
        }
        if (!release.awards().isEmpty()) {
            json.put("awards", release.awards().stream().map(a -> award(ocid, a)).toList());
        }
        if (!release.contracts().isEmpty()) {
            json.put("contracts", release.contracts().stream().map(c -> contract(ocid, c)).toList());
        }
        if (!release.relatedProcesses().isEmpty()) {
            json.put("relatedProcesses", release.relatedProcesses().stream().map(r -> {
                Map<String, Object> related = new LinkedHashMap<>();
                related.put("id", r.id());
                related.put("relationship", List.of(r.relationship()));
                put(related, "title", r.title());
                related.put("scheme", "ocid");
                related.put("identifier", ocid(r.processId()));
                related.put("uri", settings.baseUrl() + OpenDataController.RECORDS + "/" + ocid(r.processId()));
                return related;
            }).toList());
        }
        return json;
    }

    private Map<String, Object> tender(String ocid, OpenRelease release) {
        OpenRelease.Tender tender = release.tender();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", tender.id());
        put(json, "title", tender.title());
        put(json, "description", tender.description());
        put(json, "status", tender.status());
        if (release.buyer() != null) {
            json.put("procuringEntity", reference(release.buyer()));
        }
        if (tender.value() != null) {
            json.put("value", money(tender.value()));
        }
        put(json, "procurementMethod", tender.method());
        put(json, "procurementMethodDetails", tender.methodDetails());
        put(json, "procurementMethodRationale", tender.methodRationale());
        json.put("mainProcurementCategory", "services");
        if (tender.tenderPeriodEnd() != null) {
            json.put("tenderPeriod", Map.of("endDate", dateTime(tender.tenderPeriodEnd())));
        }
        Map<String, Object> period = period(tender.contractStart(), tender.contractEnd());
        if (!period.isEmpty()) {
            json.put("contractPeriod", period);
        }
        if (!tender.tenderers().isEmpty()) {
            json.put("numberOfTenderers", tender.tenderers().size());
            json.put("tenderers", tender.tenderers().stream().map(this::reference).toList());
        }
        if (tender.techniques() != null) {
            Map<String, Object> techniques = new LinkedHashMap<>();
            techniques.put("hasFrameworkAgreement", tender.techniques().hasFrameworkAgreement());
            if (tender.techniques().frameworkMethod() != null) {
                techniques.put("frameworkAgreement", Map.of("method", tender.techniques().frameworkMethod()));
            }
            techniques.put("hasDynamicPurchasingSystem", tender.techniques().hasDynamicPurchasingSystem());
            json.put("techniques", techniques);
        }
        return json;
    }

    private Map<String, Object> award(String ocid, OpenRelease.Award award) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", ocid + "-" + award.id());
        put(json, "title", award.title());
        put(json, "status", award.status());
        if (award.date() != null) {
            json.put("date", dateTime(award.date()));
        }
        if (award.value() != null) {
            json.put("value", money(award.value()));
        }
        json.put("suppliers", award.suppliers().stream().map(this::reference).toList());
        Map<String, Object> period = period(award.contractStart(), award.contractEnd());
        if (!period.isEmpty()) {
            json.put("contractPeriod", period);
        }
        return json;
    }

    private Map<String, Object> contract(String ocid, OpenRelease.Contract contract) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", ocid + "-" + contract.id());
        json.put("awardID", ocid + "-" + contract.awardId());
        put(json, "title", contract.title());
        put(json, "status", contract.status());
        if (contract.value() != null) {
            json.put("value", money(contract.value()));
        }
        Map<String, Object> period = period(contract.start(), contract.end());
        if (!period.isEmpty()) {
            json.put("period", period);
        }
        if (contract.dateSigned() != null) {
            json.put("dateSigned", dateTime(contract.dateSigned()));
        }
        if (!contract.amendments().isEmpty()) {
            json.put("amendments", contract.amendments().stream().map(a -> {
                Map<String, Object> amendment = new LinkedHashMap<>();
                amendment.put("id", a.id());
                if (a.date() != null) {
                    amendment.put("date", dateTime(a.date()));
                }
                put(amendment, "rationale", a.rationale());
                put(amendment, "description", a.description());
                return amendment;
            }).toList());
        }
        Map<String, Object> implementation = new LinkedHashMap<>();
        if (!contract.transactions().isEmpty()) {
            implementation.put("transactions", contract.transactions().stream().map(t -> {
                Map<String, Object> transaction = new LinkedHashMap<>();
                transaction.put("id", t.id());
                transaction.put("date", dateTime(t.date()));
                transaction.put("value", money(t.amount()));
                transaction.put("payer", reference(t.payer()));
                transaction.put("payee", reference(t.payee()));
                return transaction;
            }).toList());
        }
        if (!contract.implementation().isEmpty()) {
            implementation.put("milestones", contract.implementation().stream().map(m -> {
                Map<String, Object> milestone = new LinkedHashMap<>();
                milestone.put("id", m.id());
                put(milestone, "title", m.title());
                put(milestone, "type", m.type());
                if (m.dueDate() != null) {
                    milestone.put("dueDate", dateTime(m.dueDate()));
                }
                if (m.dateMet() != null) {
                    milestone.put("dateMet", dateTime(m.dateMet()));
                }
                put(milestone, "status", m.status());
                return milestone;
            }).toList());
        }
        if (!implementation.isEmpty()) {
            json.put("implementation", implementation);
        }
        return json;
    }

    /** Every organisation named in these releases, once, with every role it plays in them. */
    private List<Map<String, Object>> parties(List<OpenRelease> releases) {
        Map<String, Organisation> named = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        Function<Organisation, Set<String>> rolesOf = org -> {
            named.putIfAbsent(partyId(org), org);
            return roles.computeIfAbsent(partyId(org), id -> new LinkedHashSet<>());
        };
        for (OpenRelease release : releases) {
            if (release.buyer() != null) {
                rolesOf.apply(release.buyer()).add("buyer");
                if (release.tender() != null) {
                    rolesOf.apply(release.buyer()).add("procuringEntity");
                }
            }
            if (release.tender() != null) {
                release.tender().tenderers().forEach(org -> rolesOf.apply(org).add("tenderer"));
            }
            release.awards().forEach(award -> award.suppliers().forEach(org -> rolesOf.apply(org).add("supplier")));
            release.contracts().forEach(contract -> contract.transactions().forEach(transaction -> {
                rolesOf.apply(transaction.payer()).add("payer");
                rolesOf.apply(transaction.payee()).add("payee");
            }));
        }
        return named.entrySet().stream().map(entry -> {
            Map<String, Object> party = new LinkedHashMap<>();
            party.put("id", entry.getKey());
            party.put("name", entry.getValue().name());
            party.put("roles", List.copyOf(roles.get(entry.getKey())));
            return party;
        }).toList();
    }

    /**
     * The record's compiled release: the latest value of every field, objects merged field by field and lists of
     * objects with ids merged by id, as OCDS merging does; its parties carry every role played in any release.
     */
    Map<String, Object> compiled(String ocid, List<Map<String, Object>> releases) {
        Map<String, Object> compiled = new LinkedHashMap<>();
        for (Map<String, Object> release : releases) {
            merge(compiled, release);
        }
        compiled.put("ocid", ocid);
        compiled.put("id", ocid + "-compiled");
        compiled.put("date", releases.getLast().get("date"));
        compiled.put("tag", List.of("compiled"));
        Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
        for (Map<String, Object> release : releases) {
            for (Object item : (List<?>) release.getOrDefault("parties", List.of())) {
                Map<?, ?> party = (Map<?, ?>) item;
                Map<String, Object> merged = parties.computeIfAbsent((String) party.get("id"), id -> {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    copy.put("id", id);
                    copy.put("name", party.get("name"));
                    copy.put("roles", new ArrayList<String>());
                    return copy;
                });
                @SuppressWarnings("unchecked")
                List<String> roles = (List<String>) merged.get("roles");
                ((List<?>) party.get("roles")).forEach(role -> {
                    if (!roles.contains(role)) {
                        roles.add((String) role);
                    }
                });
            }
        }
        compiled.put("parties", List.copyOf(parties.values()));
        return compiled;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> from) {
        for (Map.Entry<String, Object> field : from.entrySet()) {
            Object value = field.getValue();
            Object existing = into.get(field.getKey());
            if (value instanceof Map<?, ?> object && existing instanceof Map<?, ?> before) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) before);
                merge(merged, (Map<String, Object>) object);
                into.put(field.getKey(), merged);
            } else if (value instanceof List<?> list && existing instanceof List<?> before && identified(list)
                    && identified(before)) {
                Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
                before.forEach(item -> byId.put(((Map<?, ?>) item).get("id"),
                        new LinkedHashMap<>((Map<String, Object>) item)));
                list.forEach(item -> byId.merge(((Map<?, ?>) item).get("id"),
                        new LinkedHashMap<>((Map<String, Object>) item), (old, next) -> {
                            merge(old, next);
                            return old;
                        }));
                into.put(field.getKey(), new ArrayList<>(byId.values()));
            } else {
                into.put(field.getKey(), value);
            }
        }
    }

    private static boolean identified(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> m && m.containsKey("id"));
    }

    private Map<String, Object> reference(Organisation organisation) {
        return Map.of("id", partyId(organisation), "name", organisation.name());
    }

    private static String partyId(Organisation organisation) {
        return organisation.scheme() + "-" + organisation.id();
    }

    private static Map<String, Object> money(BigDecimal amount) {
        return Map.of("amount", amount, "currency", "GBP");
    }

    private static Map<String, Object> period(LocalDate start, LocalDate end) {
        Map<String, Object> period = new LinkedHashMap<>();
        if (start != null) {
            period.put("startDate", dateTime(start));
        }
        if (end != null) {
            period.put("endDate", dateTime(end));
        }
        return period;
    }

    private static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String dateTime(LocalDate day) {
        return dateTime(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static void put(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
