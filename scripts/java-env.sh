# Sourced by the scripts: selects Java 25 (JAVA_HOME if it is 25, else Temurin 25 at its Debian path).
# Prints the fix and fails when there is none.
accelforge_select_java() {
  local candidates=("${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64)
  for j in "${candidates[@]}"; do
    if [ -n "$j" ] && [ -x "$j/bin/java" ] && "$j/bin/java" -version 2>&1 | grep -q 'version "25'; then
      export JAVA_HOME="$j"
      return 0
    fi
  done
  echo "error: Java 25 not found (JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm/temurin-25-jdk-amd64 missing)" >&2
  echo "       fix: install Temurin 25 (temurin-25-jdk) or point JAVA_HOME at a Java 25 JDK" >&2
  return 1
}
