package scot.commissioningflow.collaboration.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import scot.commissioningflow.collaboration.application.ApplicationRequest.RegisterKind;
import scot.commissioningflow.platform.ExternalService;
import scot.commissioningflow.platform.ExternalServices;

/**
 * Reads an organisation from the register it is on, through the services configured under
 * {@code commissioning.charity-register} and {@code commissioning.company-register}:
 * <ul>
 * <li>the Scottish Charity Regulator's register: {@code GET {base-url}/charities/{number}} answering
 * {@code {"charityNumber", "charityName", "charityStatus", "mainOperatingCountry", "accountsOverdue"}};</li>
 * <li>Companies House: {@code GET {base-url}/company/{number}}, its public company profile ({@code company_name},
 * {@code company_status}, {@code type}, {@code jurisdiction}, {@code accounts.overdue},
 * {@code is_community_interest_company}).</li>
 * </ul>
 * An organisation neither register knows is answered as empty; any other failure is thrown for the job to retry.
 */
@Component
class OrganisationRegisters {

    /** Companies House company types that cannot distribute profit to members. */
    static final Set<String> NOT_FOR_PROFIT_COMPANY_TYPES = Set.of("private-limited-guarant-nsc",
            "private-limited-guarant-nsc-limited-exemption", "scottish-charitable-incorporated-organisation",
            "charitable-incorporated-organisation", "registered-society-non-jurisdictional");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Charity(String charityNumber, String charityName, String charityStatus, String mainOperatingCountry,
            Boolean accountsOverdue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Company(@JsonProperty("company_number") String companyNumber,
            @JsonProperty("company_name") String companyName,
            @JsonProperty("company_status") String companyStatus,
            String type,
            String jurisdiction,
            Accounts accounts,
            @JsonProperty("is_community_interest_company") Boolean communityInterestCompany) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Accounts(Boolean overdue, @JsonProperty("last_accounts") LastAccounts lastAccounts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LastAccounts(@JsonProperty("made_up_to") LocalDate madeUpTo) {
    }

    private final ExternalService charities;
    private final ExternalService companies;

    OrganisationRegisters(ExternalServices services) {
        this.charities = services.get("charity-register");
        this.companies = services.get("company-register");
    }

    /** Whether the register for this kind is configured; without it no partnership can be found eligible. */
    boolean configured(RegisterKind kind) {
        return (kind == RegisterKind.CHARITY ? charities : companies).configured();
    }

    Optional<RegisterEntry> find(RegisterKind kind, String number) {
        try {
            return Optional.ofNullable(kind == RegisterKind.CHARITY ? charity(number) : company(number));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private RegisterEntry charity(String number) {
        Charity charity = charities.http().get().uri("/charities/{number}", number).retrieve().body(Charity.class);
        if (charity == null) {
            return null;
        }
        return new RegisterEntry(charity.charityName(), "Active".equalsIgnoreCase(charity.charityStatus()),
                true, "Scotland".equalsIgnoreCase(charity.mainOperatingCountry()),
                Boolean.FALSE.equals(charity.accountsOverdue()), "the Scottish Charity Register");
    }

    private RegisterEntry company(String number) {
        Company company = companies.http().get().uri("/company/{number}", number).retrieve().body(Company.class);
        if (company == null) {
            return null;
        }
        boolean notForProfit = NOT_FOR_PROFIT_COMPANY_TYPES.contains(company.type())
                || Boolean.TRUE.equals(company.communityInterestCompany());
        boolean accountsFiled = company.accounts() != null && Boolean.FALSE.equals(company.accounts().overdue());
        return new RegisterEntry(company.companyName(), "active".equalsIgnoreCase(company.companyStatus()),
                notForProfit, "scotland".equalsIgnoreCase(company.jurisdiction()), accountsFiled,
                "the Companies House register");
    }
}
