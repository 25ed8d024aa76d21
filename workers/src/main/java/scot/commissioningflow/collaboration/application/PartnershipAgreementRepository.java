package scot.commissioningflow.collaboration.application;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipAgreementRepository extends JpaRepository<PartnershipAgreement, String> {
}
