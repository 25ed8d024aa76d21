package scot.commissioningflow.frameworks.calloff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallOffResponseRepository extends JpaRepository<CallOffResponse, Long> {

    List<CallOffResponse> findByCallOffIdOrderById(Long callOffId);

    List<CallOffResponse> findByProviderReferenceOrderByIdDesc(String providerReference);

    Optional<CallOffResponse> findByCallOffIdAndProviderReference(Long callOffId, String providerReference);
}
