package vn.congdoan.baocao.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface MachineClientRepository extends JpaRepository<MachineClient, String> {
}
