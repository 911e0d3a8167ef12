package vn.congdoan.baocao.dispatch;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SentFileRepository extends JpaRepository<SentFile, SentFile.Key> {

    List<SentFile> findByCycleIdOrderByPosition(long cycleId);
}
