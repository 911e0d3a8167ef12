package vn.congdoan.baocao.template;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.system.Sha256;

/**
 * Stores a template version once: cycles refer to it, so the same code and version with other content is
 * refused, and the same content again changes nothing. The built-in files and the uploads go through here.
 */
@Component
class TemplateStore {

    private final CampaignTemplateRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateStore(CampaignTemplateRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return empty when it was stored now; else the source of the version stored before, with the same content
     * @throws ChangedVersion when that code and version were stored before with other content
     */
    Optional<String> store(TemplateDefinition definition, byte[] content, String source) {
        String checksum = Sha256.hex(content);
        Optional<CampaignTemplate> loaded = repository.findByCodeAndVersion(definition.code(), definition.version());
        if (loaded.isPresent()) {
            if (!loaded.get().checksum().equals(checksum)) {
                throw new ChangedVersion(loaded.get().source());
            }
            return Optional.of(loaded.get().source());
        }
        repository.saveAndFlush(new CampaignTemplate(definition, source, checksum, clock.instant()));
        events.publishEvent(new TemplatesChanged(definition.code(), definition.version()));
        return Optional.empty();
    }

    static final class ChangedVersion extends RuntimeException {

        private final String storedFrom;

        ChangedVersion(String storedFrom) {
            super("stored before from " + storedFrom + " with other content");
            this.storedFrom = storedFrom;
        }

        String storedFrom() {
            return storedFrom;
        }
    }

}
