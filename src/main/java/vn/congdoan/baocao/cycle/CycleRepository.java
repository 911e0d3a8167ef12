package vn.congdoan.baocao.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<Cycle, Long> {

    List<Cycle> findAllByOrderByIdDesc();
}
