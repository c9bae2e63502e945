#!/bin/sh
# Builds rac and the benchmarks, then runs JMH. Extra arguments go to JMH (e.g. -f 1 -wi 3 -i 5).
# Throughput in MB/s is printed by the benchmark's setup (corpus size) together with JMH's ms/op.
set -e
cd "$(dirname "$0")"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
(cd ../.. && mvn -q -o package -DskipTests)
mvn -q package
CP="target/classes:../../target/rac.jar:$(cat target/classpath.txt)"
exec java -cp "$CP" org.openjdk.jmh.Main "$@"
