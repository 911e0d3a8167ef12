package vn.congdoan.baocao.unit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, String> {

    List<Unit> findAllByOrderByCode();

    @Query("""
            select u from Unit u
            where u.validFrom <= :day and (u.validTo is null or u.validTo >= :day)
            order by u.code""")
    List<Unit> findValidOn(LocalDate day);

    @Query("select u.code from Unit u where u.successorCode = :code order by u.code")
    List<String> findCodesBySuccessor(String code);
}
