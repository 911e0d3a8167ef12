package vn.congdoan.baocao.template;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.system.StartupOrder;
import vn.congdoan.baocao.system.YamlResources;

/**
 * Loads every {@code templates/*.yaml} into the database at start. A template version is
 * immutable once loaded: cycles refer to it, so a changed file must carry a new version.
 */
@Component
@Order(StartupOrder.TEMPLATES)
class TemplateLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:templates/*.yaml";

    private static final Logger log = LoggerFactory.getLogger(TemplateLoader.class);

    private final ResourcePatternResolver resources;
    private final TemplateStore store;

    TemplateLoader(ResourcePatternResolver resources, TemplateStore store) {
        this.resources = resources;
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : resources.getResources(LOCATION)) {
            load(resource);
        }
    }

    void load(Resource resource) throws IOException {
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        }
        TemplateDefinition definition = YamlResources.read(content, TemplateDefinition.class);
        List<String> problems = definition.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Campaign template " + resource.getFilename() + " is inconsistent: " + problems);
        }
        try {
            if (store.store(definition, content, resource.getFilename()).isEmpty()) {
                log.info("Loaded campaign template {} version {} from {}", definition.code(), definition.version(),
                        resource.getFilename());
            }
        } catch (TemplateStore.ChangedVersion e) {
            throw new IllegalStateException("Campaign template " + definition.code() + " version " + definition.version()
                    + " in " + resource.getFilename() + " differs from the one loaded before (" + e.storedFrom()
                    + "); give the changed file a new version", e);
        }
    }
}
