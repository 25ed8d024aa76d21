package scot.commissioningflow.contracts.register;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegisteredContractRepository extends JpaRepository<RegisteredContract, String> {

    @Query("""
            select c from RegisteredContract c
            where c.startDate <= :day and (c.endDate is null or c.endDate >= :day)
            order by c.providerName, c.reference""")
    List<RegisteredContract> liveOn(LocalDate day);
}
