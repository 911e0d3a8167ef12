package vn.congdoan.baocao.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
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
    private final CampaignTemplateRepository repository;
    private final Clock clock;

    TemplateLoader(ResourcePatternResolver resources, CampaignTemplateRepository repository, Clock clock) {
        this.resources = resources;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : resources.getResources(LOCATION)) {
            load(resource);
        }
    }

    void load(Resource resource) {
        TemplateDefinition definition = YamlResources.read(resource, TemplateDefinition.class);
        List<String> problems = definition.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Campaign template " + resource.getFilename() + " is inconsistent: " + problems);
        }
        String checksum = sha256(resource);
        repository.findByCodeAndVersion(definition.code(), definition.version()).ifPresentOrElse(
                loaded -> {
                    if (!loaded.checksum().equals(checksum)) {
                        throw new IllegalStateException("Campaign template " + definition.code() + " version "
                                + definition.version() + " in " + resource.getFilename()
                                + " differs from the one loaded before (" + loaded.source()
                                + "); give the changed file a new version");
                    }
                },
                () -> {
                    repository.save(new CampaignTemplate(definition, resource.getFilename(), checksum, clock.instant()));
                    log.info("Loaded campaign template {} version {} from {}", definition.code(), definition.version(),
                            resource.getFilename());
                });
    }

    private static String sha256(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
