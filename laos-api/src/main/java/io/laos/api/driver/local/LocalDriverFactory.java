/*
 * Copyright 2026 The LaOS Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not
 * use this file except in compliance with the License. You may obtain a copy of
 * the License at http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 */
package io.laos.api.driver.local;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.validation.DataSizeRange;
import io.laos.api.driver.FunctionsDriverFactory;
import io.laos.common.driver.FunctionsDriver;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code driver.type: local}: the embedded engine, which runs functions as child processes of
 * LaOS so that one machine with nothing else installed can serve them. Not a sandbox: use it
 * for one machine and for development, with images the operator trusts.
 *
 * <pre>
 * driver:
 *   type: local
 *   images:                    # the only images routes can name
 *     laos/hello:
 *       command: [tools/examples/hello/hello.sh]
 *       workingDirectory: /srv/hello    # optional; default tempDirectory
 *       environment: {GREETING: Hi}     # optional fixed variables
 *   maxQueued: 10              # calls waiting per route beyond max_concurrency
 *   logLimit: 64KiB            # stderr kept per call
 *   outputMemoryLimit: 1MiB    # stdout kept in memory before spilling to a file
 *   tempDirectory: /var/tmp/laos      # default: java.io.tmpdir
 * </pre>
 *
 * Relative paths (a command's program, working directories, the temp directory) resolve
 * against the directory LaOS is started from.
 */
@JsonTypeName("local")
public class LocalDriverFactory implements FunctionsDriverFactory {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDriverFactory.class);
    private static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";

    @NotNull
    @JsonProperty
    private Map<String, @NotNull @Valid LocalImage> images = new LinkedHashMap<>();

    @Min(0)
    @JsonProperty
    private int maxQueued = 10;

    @NotNull
    @DataSizeRange(min = 0, max = 16, unit = DataSizeUnit.MEBIBYTES)
    @JsonProperty
    private DataSize logLimit = DataSize.kibibytes(64);

    @NotNull
    @DataSizeRange(min = 0, max = 1, unit = DataSizeUnit.GIBIBYTES)
    @JsonProperty
    private DataSize outputMemoryLimit = DataSize.mebibytes(1);

    @JsonProperty
    private String tempDirectory;

    public Map<String, LocalImage> getImages() {
        return images;
    }

    public int getMaxQueued() {
        return maxQueued;
    }

    public DataSize getLogLimit() {
        return logLimit;
    }

    public DataSize getOutputMemoryLimit() {
        return outputMemoryLimit;
    }

    public String getTempDirectory() {
        return tempDirectory;
    }

    @Override
    public FunctionsDriver build(Environment environment) {
        return buildDriver(Path.of("").toAbsolutePath());
    }

    /** Builds the driver with relative paths resolved against {@code baseDirectory}. */
    public LocalDriver buildDriver(Path baseDirectory) {
        // Functions get LaOS's PATH (not a secret) so that listed programs resolve as for LaOS.
        String searchPath = System.getenv().getOrDefault("PATH", DEFAULT_PATH);
        Path temp = baseDirectory.resolve(tempDirectory != null ? tempDirectory
                : System.getProperty("java.io.tmpdir")).normalize();
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            LOG.warn("Local engine: cannot create temp directory {}: {}", temp, e.toString());
        }
        Map<String, ImageCommand> resolved = new LinkedHashMap<>();
        images.forEach((name, image) -> {
            ImageCommand command = ImageCommand.resolve(name, image, baseDirectory, temp,
                    searchPath);
            command.problem().ifPresent(problem -> LOG.warn(
                    "Local engine: image '{}' cannot run: {}", name, problem));
            resolved.put(name, command);
        });
        MemoryLimits memory = MemoryLimits.detect(searchPath);
        if (memory.mode() == MemoryLimits.Mode.NONE) {
            LOG.warn("Local engine: neither prlimit nor /bin/sh found; route memory limits are"
                    + " not enforced");
        } else {
            LOG.info("Local engine: {} image(s); route memory limits address space via {}",
                    resolved.size(), memory.mode().name().toLowerCase(Locale.ROOT));
        }
        ProcessRunner runner = new ProcessRunner(temp, (int) outputMemoryLimit.toBytes(),
                (int) logLimit.toBytes());
        ConcurrencyLimits limits = new ConcurrencyLimits(maxQueued);
        return new LocalDriver(new LocalCalls(resolved, runner, memory, limits, searchPath),
                limits);
    }
}
