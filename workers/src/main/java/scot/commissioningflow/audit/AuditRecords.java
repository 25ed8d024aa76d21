package scot.commissioningflow.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRecords extends JpaRepository<AuditRecord, Long> {

    @Query("""
            select r from AuditRecord r
            where (:subjectType is null or r.subjectType = :subjectType)
              and (:subjectReference is null or r.subjectReference = :subjectReference)
              and (:action is null or r.action = :action)
              and (:who is null or r.who = :who)
            order by r.id desc""")
    Page<AuditRecord> search(@Param("subjectType") String subjectType,
            @Param("subjectReference") String subjectReference, @Param("action") String action,
            @Param("who") String who, Pageable page);
}
