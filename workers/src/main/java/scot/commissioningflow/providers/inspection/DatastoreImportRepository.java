package scot.commissioningflow.providers.inspection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DatastoreImportRepository extends JpaRepository<DatastoreImport, Long> {

    List<DatastoreImport> findTop50ByOrderByImportedAtDesc();
}
