#!/bin/sh
#
# Copyright 2026 The LaOS Authors
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not
# use this file except in compliance with the License. You may obtain a copy of
# the License at http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
#
# Echo as a LaOS function (default format): answers with the request as the function saw it,
# then the body unchanged. Handy to see what the engine passes, and in tests.
#
# It prints only request variables (METHOD, ROUTE, REQUEST_URL, CALL_ID, APP_NAME, HEADER_*),
# never app or route config: config is where tenants keep their keys, and a public route's
# answer goes to anyone. (LaOS's own environment is never passed to functions at all.)

printf 'method: %s\n' "$METHOD"
printf 'route: %s\n' "$ROUTE"
printf 'request_url: %s\n' "$REQUEST_URL"
printf 'call_id: %s\n' "$CALL_ID"
printf 'app_name: %s\n' "$APP_NAME"
# env -0 keeps one variable per record even if a value spans lines; newlines inside values
# become spaces, so a config value can never pass for a HEADER_ line.
env -0 | tr '\n\0' ' \n' | grep '^HEADER_' | sort
printf '\n'
echo "echo: call ${CALL_ID:-?} answered" >&2
exec cat
