# shellcheck shell=bash
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
# Sourced by the benchmarks: the database LaOS runs on, chosen with LAOS_BENCH_DB.
#
#   bench_database DB WORK_DIR
#     DB: h2 (a file under WORK_DIR), mariadb (127.0.0.1:3306, root) or postgresql
#     (127.0.0.1:5432, postgres); the server databases are named laos_bench and recreated.
#     Prints the `database:` line of a LaOS config.
bench_database() {
    local db=$1 work=$2
    case "$db" in
        h2)
            echo "database: {driverClass: org.h2.Driver, url: \"jdbc:h2:file:$work/laos\", user: sa, password: \"\"}"
            ;;
        mariadb)
            mysql --protocol=tcp -h 127.0.0.1 -u root -e \
                "DROP DATABASE IF EXISTS laos_bench; CREATE DATABASE laos_bench CHARACTER SET utf8mb4"
            echo "database: {driverClass: org.mariadb.jdbc.Driver, url: \"jdbc:mariadb://127.0.0.1:3306/laos_bench\", user: root, password: \"\", maxSize: 16}"
            ;;
        postgresql)
            psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS laos_bench" \
                -c "CREATE DATABASE laos_bench"
            echo "database: {driverClass: org.postgresql.Driver, url: \"jdbc:postgresql://127.0.0.1:5432/laos_bench\", user: postgres, password: \"\", maxSize: 16}"
            ;;
        *)
            echo "LAOS_BENCH_DB must be h2, mariadb or postgresql" >&2
            return 2
            ;;
    esac
}
