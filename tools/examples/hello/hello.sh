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
# Hello World as a LaOS function (default format): the request body arrives on stdin, the
# answer goes to stdout, stderr is the call's log. Needs only a POSIX sh and coreutils/sed.
#
#   {"name": "Ada"}   -> Hello Ada!
#   Ada               -> Hello Ada!
#   (empty body)      -> Hello World!

body=$(cat)

case "$body" in
    "{"*)
        # A tiny extraction of "name" from a JSON object, not a JSON parser: it takes the
        # string value of the last "name" key and knows nothing of escapes or nesting.
        name=$(printf '%s' "$body" | tr '\n' ' ' \
            | sed -n 's/.*"name"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
        ;;
    *)
        # Any other body is the name itself (its first line, surrounding blanks removed).
        name=$(printf '%s\n' "$body" | sed -n '1{s/^[[:space:]]*//;s/[[:space:]]*$//;p;}')
        ;;
esac

if [ -z "$name" ]; then
    name=World
fi

echo "hello: greeting '$name' (method ${METHOD:-?}, call ${CALL_ID:-?})" >&2
printf 'Hello %s!\n' "$name"
