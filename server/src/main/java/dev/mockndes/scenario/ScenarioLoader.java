package dev.mockndes.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads scenario YAML strictly. Unknown keys, wrong types, duplicate keys, unknown fault types,
 * missing required keys and values a record refuses are all reported as one {@link ScenarioException}
 * line, {@code file:line:col: what is wrong}. {@code extends} is not resolved here (see
 * {@link ScenarioLibrary}); the name of the parent is only checked for form.
 */
public final class ScenarioLoader {
    private static final ObjectMapper MAPPER = strictMapper();

    private ScenarioLoader() {
    }

    /** Reads a scenario file; its {@code name} must equal the file name without {@code .yaml}. */
    public static Scenario load(Path file) {
        return loadFile(file).scenario();
    }

    /**
     * Reads inline YAML, e.g. sent to the admin API. {@code source} labels the messages; there is no
     * file name to compare the {@code name} with.
     */
    public static Scenario parse(String source, String yaml) {
        return withProfileFrom(read(source, yaml, null), Path.of("").toAbsolutePath()).scenario();
    }

    /**
     * Makes {@code profile:} absolute, relative to {@code folder} (the scenario file's, or the working
     * folder for inline YAML), and checks that it reads, reporting a bad profile at the key.
     */
    static ScenarioFile withProfileFrom(ScenarioFile file, Path folder) {
        String profile = file.scenario().profile();
        if (profile == null) {
            return file;
        }
        Path path = folder.resolve(profile).normalize();
        try {
            dev.mockndes.common.profile.ProfileFiles.read(path);
        } catch (dev.mockndes.common.profile.ProfileException e) {
            throw file.index().problem("profile", "the profile does not read: " + e.getMessage());
        }
        return new ScenarioFile(file.source(), file.scenario().withProfile(path.toString()), file.index());
    }

    static ScenarioFile loadFile(Path file) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".yaml")) {
            throw new ScenarioException(file.toString(), "a scenario file name ends in .yaml", null);
        }
        try {
            ScenarioFile read = read(file.toString(), Files.readString(file, StandardCharsets.UTF_8),
                    fileName.substring(0, fileName.length() - 5));
            return withProfileFrom(read, file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), "cannot read the file: " + dev.mockndes.common.SystemWords.of(e), e);
        }
    }

    /** @param expectedName the name the scenario must have, or null for no such check */
    static ScenarioFile read(String source, String yaml, String expectedName) {
        YamlIndex index = YamlIndex.of(source, yaml);
        Scenario scenario;
        try {
            scenario = MAPPER.readValue(yaml, Scenario.class);
        } catch (JsonMappingException e) {
            throw MappingProblems.describe(e, index);
        } catch (IOException e) {
            throw new ScenarioException(source, "cannot read the YAML: " + e.getMessage(), e);
        }
        if (scenario == null) {
            // "", "~", "null" or a bare tag: YAML's null document, which Jackson reads as no object at all
            throw new ScenarioException(source, 1, 1, "there is no scenario here: a scenario is a mapping that starts with 'name:'");
        }
        ScenarioChecks.check(scenario, expectedName, index);
        if (scenario.extendsName() != null && !ScenarioChecks.KEBAB.matcher(scenario.extendsName()).matches()) {
            throw index.problem("extends", "extends names a scenario, and '" + scenario.extendsName() + "' is not a scenario name");
        }
        return new ScenarioFile(source, scenario, index);
    }

    private static ObjectMapper strictMapper() {
        YAMLMapper mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        // "500" is not a number and 1 is not text: YAML quoting is meaningful in scenario files.
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        return mapper;
    }
}
