# Sourced by mvnw, croeso and .ci/run: sets JAVA_HOME to a JDK >= 21 or explains what to install.
croeso_java_version() {
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
croeso_find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        v=$(croeso_java_version "$JAVA_HOME")
        if [ "${v:-0}" -ge 21 ] 2>/dev/null; then return 0; fi
    fi
    best=""; bestv=0
    for d in /usr/lib/jvm/*/ /opt/java/*/ /usr/local/lib/jvm/*/; do
        d=${d%/}
        [ -x "$d/bin/javac" ] || continue
        v=$(croeso_java_version "$d")
        if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
    done
    if [ -z "$best" ]; then
        echo "Croeso needs a JDK 21 or newer (Maven and the Eclipse platform bundles require it)." >&2
        echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ JDK, or set JAVA_HOME to it." >&2
        return 1
    fi
    JAVA_HOME=$best
    export JAVA_HOME
}
