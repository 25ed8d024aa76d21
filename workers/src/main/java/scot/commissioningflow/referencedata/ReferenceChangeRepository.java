package scot.commissioningflow.referencedata;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferenceChangeRepository extends JpaRepository<ReferenceChange, Long> {

    @Query("""
            select c from ReferenceChange c
            where (:dataSet is null or c.dataSet = :dataSet) and (:recordId is null or c.recordId = :recordId)
            order by c.changedAt, c.id""")
    List<ReferenceChange> search(@Param("dataSet") String dataSet, @Param("recordId") Long recordId);
}
