package vn.congdoan.baocao.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CycleRepository extends JpaRepository<Cycle, Long> {

    List<Cycle> findAllByOrderByIdDesc();

    @Query("select count(c) > 0 from Cycle c join c.units u where u.code = :unitCode")
    boolean anyWithUnit(String unitCode);
}
