package scot.commissioningflow.tasks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HumanTaskRepository extends JpaRepository<HumanTask, Long> {

    @Query("""
            select t from HumanTask t
            where t.status = :status
              and (:group is null or t.candidateGroup = :group)
              and (:businessKey is null or t.businessKey = :businessKey)
              and (:processInstanceKey is null or t.processInstanceKey = :processInstanceKey)
              and (:elementId is null or t.elementId = :elementId)
              and (:assignee is null or t.assignee = :assignee)
            order by t.createdAt, t.taskKey""")
    List<HumanTask> search(@Param("status") TaskStatus status, @Param("group") String group,
            @Param("businessKey") String businessKey, @Param("processInstanceKey") Long processInstanceKey,
            @Param("elementId") String elementId, @Param("assignee") String assignee);
}
