package scot.commissioningflow.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    @Query("select count(t) > 0 from HumanTask t where t.taskKey = ?1 and t.pastEngine = false")
    boolean existsByTaskKeyAndPastEngineFalse(long taskKey);

    /** The current engine's task with this key, or else the latest of a lost engine's. */
    @Query("select t from HumanTask t where t.taskKey = ?1 order by t.pastEngine, t.id desc limit 1")
    Optional<HumanTask> findFirstByTaskKeyOrderByPastEngineAscIdDesc(long taskKey);

    @Modifying
    @Query("""
            update HumanTask t set t.status = :withdrawn, t.endedAt = :at
            where t.status = :open and t.pastEngine = false""")
    int withdrawOpen(@Param("open") TaskStatus open, @Param("withdrawn") TaskStatus withdrawn,
            @Param("at") Instant at);

    @Modifying
    @Query("update HumanTask t set t.pastEngine = true where t.pastEngine = false")
    int markPastEngine();
}
