package scot.commissioningflow.identity.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, String> {
}
