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

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts: memory wrappers, the bounded log and the spilling buffer. */
class LocalEnginePartsTest {
    @TempDir
    Path temp;

    @Test
    void memoryWrappersPassTheArgvUntouched() {
        List<String> argv = List.of("/bin/prog", "$(rm -rf /)", "a b");

        assertThat(MemoryLimits.detect("/usr/bin:/bin").wrap(argv, 0)).isEqualTo(argv);
        assertThat(MemoryLimits.none().wrap(argv, 128)).isEqualTo(argv);
        List<String> wrapped = MemoryLimits.detect("/usr/bin:/bin").wrap(argv, 128);
        assertThat(wrapped).endsWith(argv.toArray(String[]::new));
        assertThat(wrapped).containsAnyOf("--as=134217728", "131072");
    }

    @Test
    void theShellFallbackLimitsAndNeverInterpretsTheArgv() throws Exception {
        MemoryLimits shell = MemoryLimits.detect("/nowhere");
        assertThat(shell.mode()).isEqualTo(MemoryLimits.Mode.ULIMIT);

        assertThat(output(shell.wrap(List.of("/bin/sh", "-c", "ulimit -v"), 64)))
                .isEqualTo("65536\n");
        assertThat(output(shell.wrap(List.of("printf", "%s|", "$(echo pwned)", "a;b"), 64)))
                .isEqualTo("$(echo pwned)|a;b|");
    }

    private static String output(List<String> argv) throws Exception {
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void theLogKeepsItsHeadAndSaysWhatWasDropped() {
        BoundedLog log = new BoundedLog(4);

        log.write("abc".getBytes(), 0, 3);
        assertThat(log.text()).isEqualTo("abc");
        log.write("defgh".getBytes(), 0, 5);
        assertThat(log.text()).isEqualTo("abcd\n[log truncated: 4 bytes dropped]\n");
    }

    @Test
    void outputStaysInMemoryUpToTheLimit() throws Exception {
        SpillingBuffer small = new SpillingBuffer(temp, 8);
        small.write("12345678".getBytes());
        small.close();

        assertThat(small.spilled()).isFalse();
        assertThat(small.openInput().readAllBytes()).isEqualTo("12345678".getBytes());
    }

    @Test
    void outputBeyondTheLimitSpillsAndTheFileGoesAway() throws Exception {
        SpillingBuffer big = new SpillingBuffer(temp, 8);
        big.write("12345".getBytes());
        big.write("67890".getBytes());
        big.close();

        assertThat(big.spilled()).isTrue();
        assertThat(big.size()).isEqualTo(10);
        try (var in = big.openInput()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("1234567890");
        }
        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void discardingDeletesTheSpillFileAndIgnoresLateWrites() throws Exception {
        SpillingBuffer big = new SpillingBuffer(temp, 2);
        big.write("12345".getBytes());

        big.discard();
        big.write("late".getBytes());

        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }
}
