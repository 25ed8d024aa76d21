package scot.commissioningflow.reporting.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * Open contracting data for anyone, without signing in: releases and records of every published contracting process
 * in OCDS 1.1 packages, a page of {@value OpenContractingData#PAGE_SIZE} processes at a time, or one process by its
 * ocid; and the publication policy the packages point to.
 */
@RestController
@Tag(name = "Open contracting data", description = "OCDS 1.1 releases and records, public")
class OpenDataController {

    static final String RELEASES = "/api/open-data/releases";
    static final String RECORDS = "/api/open-data/records";
    static final String POLICY = "/api/open-data/publication-policy";
    private static final int MAX_PAGE = 100_000;

    private final OpenContractingData data;

    OpenDataController(OpenContractingData data) {
        this.data = data;
    }

    @GetMapping(RELEASES)
    @Operation(summary = "A release package: one page of every process's releases, oldest process first")
    Map<String, Object> releases(@RequestParam(defaultValue = "1") String page) {
        return data.releasePackage(page(page));
    }

    @GetMapping(RELEASES + "/{ocid}")
    @Operation(summary = "A release package of one contracting process")
    Map<String, Object> releasesOf(@PathVariable String ocid) {
        return data.releasePackageFor(ocid);
    }

    @GetMapping(RECORDS)
    @Operation(summary = "A record package: one page of records, each with its releases and compiled release")
    Map<String, Object> records(@RequestParam(defaultValue = "1") String page) {
        return data.recordPackage(page(page));
    }

    @GetMapping(RECORDS + "/{ocid}")
    @Operation(summary = "A record package of one contracting process")
    Map<String, Object> recordOf(@PathVariable String ocid) {
        return data.recordPackageFor(ocid);
    }

    @GetMapping(POLICY)
    @Operation(summary = "What is published, when, and what never is")
    PublicationPolicy policy() {
        return data.publicationPolicy();
    }

    /** The page number as typed: a clear sentence for anything but a whole number from 1. */
    private static int page(String typed) {
        try {
            int page = Integer.parseInt(typed.strip());
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as for a number out of range
        }
        throw new InvalidInput("page", "page must be a whole number from 1 to " + MAX_PAGE);
    }
}
