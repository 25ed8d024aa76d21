package scot.commissioningflow.commissioning.models;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a commissioner's tender model, kept as it was uploaded. */
@Entity
@Table(name = "tender_model")
class TenderModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String bpmnProcessId;
    private String processName;
    private int version;
    private String fileName;
    @Column(name = "bpmn_xml")
    private String bpmnXml;
    private String deployedBy;
    private Instant deployedAt;

    protected TenderModel() {
    }

    TenderModel(String bpmnProcessId, String processName, int version, String fileName, String bpmnXml,
            String deployedBy, Instant deployedAt) {
        this.bpmnProcessId = bpmnProcessId;
        this.processName = processName;
        this.version = version;
        this.fileName = fileName;
        this.bpmnXml = bpmnXml;
        this.deployedBy = deployedBy;
        this.deployedAt = deployedAt;
    }

    String bpmnXml() {
        return bpmnXml;
    }

    String fileName() {
        return fileName;
    }

    TenderModelView view() {
        return new TenderModelView(bpmnProcessId, processName == null ? bpmnProcessId : processName, version,
                fileName, deployedBy, deployedAt);
    }
}
