package scot.commissioningflow.frameworks.admission;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import scot.commissioningflow.frameworks.MemberStatus;

interface StoredMemberRepository extends JpaRepository<StoredMember, Long> {

    Optional<StoredMember> findByFrameworkReferenceAndLotNumberAndProviderReference(String frameworkReference,
            int lotNumber, String providerReference);

    List<StoredMember> findByFrameworkReferenceAndLotNumberOrderByProviderName(String frameworkReference,
            int lotNumber);

    List<StoredMember> findByFrameworkReferenceAndProviderReference(String frameworkReference,
            String providerReference);

    List<StoredMember> findByProviderReferenceAndStatus(String providerReference, MemberStatus status);

    List<StoredMember> findByFrameworkReferenceAndStatusIn(String frameworkReference, List<MemberStatus> statuses);
}
