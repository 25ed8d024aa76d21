package scot.commissioningflow.collaboration.application;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Milestone;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** An application's lists, kept as JSON text as the lead gave them. */
final class ApplicationConverters {

    private ApplicationConverters() {
    }

    @Converter
    static class PartnersConverter extends JsonConverter<List<PartnerEntry>> {
        PartnersConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class InvolvementConverter extends JsonConverter<List<Involvement>> {
        InvolvementConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class OutcomesConverter extends JsonConverter<List<String>> {
        OutcomesConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class BudgetConverter extends JsonConverter<List<BudgetLine>> {
        BudgetConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class MilestonesConverter extends JsonConverter<List<Milestone>> {
        MilestonesConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class DeclarationConverter extends JsonConverter<FairWorkDeclaration> {
        DeclarationConverter() {
            super(new TypeReference<>() {
            });
        }
    }
}
