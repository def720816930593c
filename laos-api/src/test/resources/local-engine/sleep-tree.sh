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
# Never ends on its own: a child subshell with a grandchild, all sleeping. Reports the pids on
# stderr (the call's log) so the test can check that the timeout killed every one of them.
( sleep 1000 & echo "grandchild $!" >&2; wait ) &
echo "child $!" >&2
echo "self $$" >&2
wait
