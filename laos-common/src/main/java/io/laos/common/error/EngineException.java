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
package io.laos.common.error;

/**
 * A functions-engine failure, already translated by the driver. The message is for the client
 * ("the functions engine is unreachable"); {@link #operatorDetail()} carries what the engine or
 * the transport said, for the log.
 */
public class EngineException extends LaosException {

    public EngineException(ErrorKind kind, String message, String operatorDetail, Throwable cause) {
        super(kind, message, null, operatorDetail, cause);
    }

    public static EngineException unreachable(String detail, Throwable cause) {
        return new EngineException(ErrorKind.UNAVAILABLE,
                "The functions engine is unreachable; try again later", detail, cause);
    }

    public static EngineException timeout(String detail, Throwable cause) {
        return new EngineException(ErrorKind.ENGINE_TIMEOUT,
                "The functions engine did not answer in time", detail, cause);
    }

    public static EngineException failure(String message, String detail) {
        return new EngineException(ErrorKind.ENGINE_FAILURE, message, detail, null);
    }

    /** The engine says the object does not exist (drift between LaOS and the engine). */
    public static EngineException notFound(String message, String detail) {
        return new EngineException(ErrorKind.NOT_FOUND, message, detail, null);
    }
}
