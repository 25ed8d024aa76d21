package scot.commissioningflow.frameworks.agreement;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import scot.commissioningflow.frameworks.FrameworkLot;
import scot.commissioningflow.frameworks.PricedService;
import scot.commissioningflow.platform.persistence.JsonConverter;

@Entity
@Table(name = "framework_lot")
class StoredLot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String frameworkReference;
    private int lotNumber;
    private String title;
    private String careService;
    private String clientGroup;

    @Convert(converter = Names.class)
    private List<String> councilAreas;

    private int minimumGrade;

    @Convert(converter = PricedServices.class)
    private List<PricedService> pricedServices;

    protected StoredLot() {
    }

    StoredLot(String frameworkReference, int lotNumber, LotSetUp setUp) {
        this.frameworkReference = frameworkReference;
        this.lotNumber = lotNumber;
        this.title = setUp.title();
        this.careService = setUp.careService();
        this.clientGroup = setUp.clientGroup();
        this.councilAreas = List.copyOf(setUp.councilAreas());
        this.minimumGrade = setUp.minimumGrade();
        this.pricedServices = setUp.pricedServices().stream()
                .map(priced -> new PricedService(priced.name(), priced.unit())).toList();
    }

    FrameworkLot view() {
        return new FrameworkLot(frameworkReference, lotNumber, title, careService, clientGroup, councilAreas,
                minimumGrade, pricedServices);
    }

    @Converter
    public static class Names extends JsonConverter<List<String>> {
        public Names() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class PricedServices extends JsonConverter<List<PricedService>> {
        public PricedServices() {
            super(new TypeReference<>() {
            });
        }
    }
}
