package scot.commissioningflow.commissioning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankHolidayRepository extends JpaRepository<BankHoliday, Long> {

    List<BankHoliday> findByHolidayDateBetweenOrderByHolidayDate(LocalDate from, LocalDate to);

    boolean existsByHolidayDate(LocalDate date);

    List<BankHoliday> findAllByOrderByHolidayDate();
}
