package vn.congdoan.baocao.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, String> {

    List<PasswordLink> findByUserIdAndUsedAtIsNull(String userId);
}
