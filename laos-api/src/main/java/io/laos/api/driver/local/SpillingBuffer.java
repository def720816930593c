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

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A function's stdout: kept in memory up to a limit, then spilled to a temp file, because the
 * status (and so whether the output is the answer at all) is only known when the process ends.
 *
 * <p>The spill file is private to LaOS (created 0600) and is gone once the answer stream is
 * closed; on POSIX systems it is unlinked as soon as the answer stream opens it. Writes after
 * {@link #discard()} (a process that outlived its call) are dropped.
 */
final class SpillingBuffer extends OutputStream {
    private final Path directory;
    private final int memoryLimit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long size;
    private boolean discarded;

    SpillingBuffer(Path directory, int memoryLimit) {
        this.directory = directory;
        this.memoryLimit = memoryLimit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (discarded) {
            return;
        }
        if (fileOut == null && memory.size() + (long) len > memoryLimit) {
            file = Files.createTempFile(directory, "laos-output-", ".tmp");
            fileOut = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
            memory.writeTo(fileOut);
            memory = null;
        }
        (fileOut != null ? fileOut : memory).write(b, off, len);
        size += len;
    }

    /** Called once the process closed its stdout. */
    @Override
    public synchronized void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
        }
    }

    synchronized long size() {
        return size;
    }

    synchronized boolean spilled() {
        return file != null;
    }

    /** The output as the answer body; closing that stream releases the spill file. */
    synchronized InputStream openInput() throws IOException {
        if (file == null) {
            return new ByteArrayInputStream(memory.toByteArray());
        }
        return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** Drops the output (failed or timed-out call) and deletes the spill file. */
    synchronized void discard() {
        discarded = true;
        memory = null;
        try {
            if (fileOut != null) {
                fileOut.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Nothing useful to do: the file is in LaOS's temp directory either way.
        }
    }
}
