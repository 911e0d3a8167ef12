package vn.congdoan.baocao.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.core.io.Resource;

/** Reads the data files (campaign templates, demo data) into records; an unknown key is an error. */
public final class YamlResources {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private YamlResources() {
    }

    public static <T> T read(Resource resource, Class<T> type) {
        return read(resource, TypeFactory.defaultInstance().constructType(type));
    }

    /** A document sent by a user: the reader's own exception, with its line and column, for the refusal to name. */
    public static <T> T read(byte[] content, Class<T> type) throws IOException {
        return MAPPER.readValue(content, type);
    }

    public static <T> T read(Resource resource, JavaType type) {
        try (InputStream in = resource.getInputStream()) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription() + ": " + e.getMessage(), e);
        }
    }
}
