package scot.commissioningflow.providers.registration;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.platform.process.RecordInFlight;
import scot.commissioningflow.platform.process.ResumableRecords;
import scot.commissioningflow.providers.InspectionCheck;
import scot.commissioningflow.providers.OrganisationType;
import scot.commissioningflow.providers.ProviderRegistrationProcess;
import scot.commissioningflow.providers.ProviderStatus;
import scot.commissioningflow.providers.ProviderView;

/**
 * Registrations awaiting review whose process the engine lost: checked with the Care Inspectorate again if that had
 * not happened yet, otherwise put back in front of an officer with what the check found.
 */
@Component
class RegistrationResumption implements ResumableRecords {

    private final ProviderRepository providers;

    RegistrationResumption(ProviderRepository providers) {
        this.providers = providers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordInFlight> inFlight() {
        return providers.findByStatusOrderByName(ProviderStatus.PENDING_REVIEW).stream().map(Provider::view)
                .map(provider -> RecordInFlight.resumeBefore(ProviderRegistrationProcess.PROCESS_ID, "provider",
                        provider.reference(), provider.registrationProcessKey(),
                        provider.inspectionCheck() == InspectionCheck.NOT_YET_CHECKED
                                ? ProviderRegistrationProcess.CHECK_CARE_INSPECTORATE
                                : ProviderRegistrationProcess.REVIEW_REGISTRATION,
                        ResumedRegistration.of(provider)))
                .toList();
    }

    @Override
    public void resumed(RecordInFlight record, long newProcessInstanceKey) {
        providers.findByReference(record.reference()).orElseThrow().resumedAs(newProcessInstanceKey);
    }

    /** The start variables, and what the Care Inspectorate check handed the review. */
    record ResumedRegistration(String providerReference, String providerName, OrganisationType organisationType,
            boolean sme, String careInspectorateNumber, String contactEmail, InspectionCheck inspectionCheck,
            Map<String, Object> careInspectorateGrades) {

        static ResumedRegistration of(ProviderView provider) {
            return new ResumedRegistration(provider.reference(), provider.name(), provider.organisationType(),
                    provider.sme(), provider.careInspectorateNumber(), provider.contactEmail(),
                    provider.inspectionCheck(), provider.careInspectorateGrades() == null ? Map.of()
                            : provider.careInspectorateGrades());
        }
    }
}
