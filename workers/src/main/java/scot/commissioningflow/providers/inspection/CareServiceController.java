package scot.commissioningflow.providers.inspection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.TextLimits;
import scot.commissioningflow.providers.RegisteredCareService;

@RestController
@RequestMapping("/api/care-services")
@Tag(name = "Care Inspectorate data", description = "Registered care services from the Care Inspectorate datastore")
class CareServiceController {

    private final DatastoreImports imports;
    private final CareServiceRegister register;

    CareServiceController(DatastoreImports imports, CareServiceRegister register) {
        this.imports = imports;
        this.register = register;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the Care Inspectorate datastore from an uploaded CSV file (UTF-8); a file with a"
            + " problem is refused whole, naming each problem's line and column")
    DatastoreImportSummary upload(SignedInPerson person, @RequestParam("file") MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "datastore.csv" : file.getOriginalFilename();
        if (name.length() > TextLimits.NAME) {
            throw new InvalidInput("file", "the file's name " + TextLimits.NAME_TOO_LONG);
        }
        try {
            return imports.upload(file.getBytes(), name, person);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/imports/datastore")
    @Operation(summary = "Import the Care Inspectorate datastore from its configured published address")
    DatastoreImportSummary fromDatastore(SignedInPerson person) {
        return imports.fromDatastore(person);
    }

    @GetMapping("/imports")
    @Operation(summary = "The latest fifty imports, newest first")
    List<DatastoreImportSummary> recentImports() {
        return imports.recent();
    }

    @GetMapping("/{serviceNumber}")
    @Operation(summary = "One registered care service by its CS number, as last imported")
    RegisteredCareService get(@PathVariable String serviceNumber) {
        return register.get(serviceNumber);
    }

    @GetMapping
    @Operation(summary = "Every registered service of one provider, by its Care Inspectorate SP number")
    List<RegisteredCareService> ofProvider(@RequestParam String providerNumber) {
        return register.byProviderNumber(providerNumber);
    }
}
