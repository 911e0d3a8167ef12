package vn.congdoan.baocao.province;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceReportRepository extends JpaRepository<ProvinceReport, Long> {
}
