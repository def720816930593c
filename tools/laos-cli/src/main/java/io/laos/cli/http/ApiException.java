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
package io.laos.cli.http;

/**
 * An error answer from LaOS or Keystone: the server's message, the HTTP status and the
 * request id to quote to an operator.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String requestId;

    public ApiException(String message, int status, String requestId) {
        super(message);
        this.status = status;
        this.requestId = requestId;
    }

    public int status() {
        return status;
    }

    public String requestId() {
        return requestId;
    }

    /** {@code <message> (HTTP <code>, request <id>)}, the form printed after "Error: ". */
    public String describe() {
        return getMessage() + " (HTTP " + status
                + (requestId == null ? "" : ", request " + requestId) + ")";
    }
}
