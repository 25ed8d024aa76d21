package scot.commissioningflow.isf.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedsChangeRepository extends JpaRepository<NeedsChange, Long> {
}
