package scot.commissioningflow.isf;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedsChangeRepository extends JpaRepository<NeedsChange, Long> {
}
