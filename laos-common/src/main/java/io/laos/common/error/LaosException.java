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
 * A failure with a message that is safe to show to the client. Services and drivers throw it;
 * one exception mapper in the API turns it into {@code {"error": {"message", "code"}}}.
 *
 * <p>{@link #field()} names the request field at fault for bad input, so clients can point at
 * it. {@link #operatorDetail()} is logged but never sent to the client.
 */
public class LaosException extends RuntimeException {
    private final ErrorKind kind;
    private final String field;
    private final String operatorDetail;

    public LaosException(ErrorKind kind, String message) {
        this(kind, message, null, null, null);
    }

    public LaosException(ErrorKind kind, String message, String field, String operatorDetail,
                         Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.field = field;
        this.operatorDetail = operatorDetail;
    }

    public static LaosException badRequest(String field, String message) {
        return new LaosException(ErrorKind.BAD_REQUEST, message, field, null, null);
    }

    public static LaosException notFound(String message) {
        return new LaosException(ErrorKind.NOT_FOUND, message);
    }

    public static LaosException conflict(String message) {
        return new LaosException(ErrorKind.CONFLICT, message);
    }

    public static LaosException forbidden(String message) {
        return new LaosException(ErrorKind.FORBIDDEN, message);
    }

    public ErrorKind kind() {
        return kind;
    }

    public int status() {
        return kind.status();
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    /** Detail for the operator's log (never for the client), or null. */
    public String operatorDetail() {
        return operatorDetail;
    }
}
