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
package io.laos.common.driver;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * One call of a function, as LaOS hands it to the engine. Hop-by-hop headers and the caller's
 * {@code X-Auth-Token} are already removed.
 *
 * @param callId        LaOS's own call id (the engine's ids are not unique)
 * @param method        the caller's HTTP method
 * @param requestUri    the path and query the caller used on LaOS, for the function's REQUEST_URL
 * @param queryString   the raw query string, without "?", or null
 * @param body          the request body, streamed; never null (empty stream when none)
 * @param contentLength the body length, or -1 when unknown (chunked)
 */
public record InvocationRequest(String callId, EngineApp app, EngineRoute route, String method,
                                String requestUri, String queryString,
                                Map<String, List<String>> headers, InputStream body,
                                long contentLength) {
}
