package scot.commissioningflow.commissioning.models;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenderModelRepository extends JpaRepository<TenderModel, Long> {

    List<TenderModel> findAllByOrderByIdAsc();

    List<TenderModel> findAllByOrderByIdDesc();

    Optional<TenderModel> findByBpmnProcessIdAndVersion(String bpmnProcessId, int version);

    Optional<TenderModel> findFirstByBpmnProcessIdOrderByVersionDesc(String bpmnProcessId);
}
