package vn.congdoan.baocao.unit;

import java.util.List;

import com.fasterxml.jackson.databind.type.TypeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.system.StartupOrder;
import vn.congdoan.baocao.system.YamlResources;

/** Loads the Ninh Bình 2020 demo units into an empty database (embedded default only). */
@Component
@Order(StartupOrder.UNITS)
@ConditionalOnProperty("app.demo.enabled")
class DemoUnitsLoader implements ApplicationRunner {

    static final String DEMO_UNITS = "demo/units-ninhbinh-2020.yaml";

    private static final Logger log = LoggerFactory.getLogger(DemoUnitsLoader.class);

    private final UnitDirectory units;

    DemoUnitsLoader(UnitDirectory units) {
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!units.isEmpty()) {
            return;
        }
        List<UnitDetails> demo = YamlResources.read(new ClassPathResource(DEMO_UNITS),
                TypeFactory.defaultInstance().constructCollectionType(List.class, UnitDetails.class));
        units.addAll(demo);
        log.info("Loaded {} demo units from {}", demo.size(), DEMO_UNITS);
    }
}
