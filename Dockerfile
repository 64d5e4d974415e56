# syntax=docker/dockerfile:1
# Multi-stage, layered build of the segmentation service: build with the Maven wrapper on a JDK, run on a JRE as a
# non-root user. docker build -t segmentation-service .
# Base images are pinned to exact Temurin releases; bump both stages together.

FROM eclipse-temurin:17.0.13_11-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/segmentation-service-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17.0.13_11-jre
# why: curl for the HEALTHCHECK, whatever the base image ships
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --home /app app \
 && mkdir -p /app/data && chown -R app:app /app
WORKDIR /app
# why: one layer per change rate, so a code change rebuilds only the last, small layer
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER app
# SERVER_PORT is Spring's server.port; the HEALTHCHECK follows it
ENV SERVER_PORT=8080 \
    SEGMENTATION_STORAGE_DATA_DIR=/app/data \
    SEGMENTATION_SECURITY_ENABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# why: no VOLUME: it would create an anonymous volume on every start, also when a MongoDB is used and /app/data is
# empty; with the embedded store mount a named volume (docker run -v segmentation-data:/app/data, see the README)
# why: shell form, so ${SERVER_PORT} is read when the check runs, not when the image is built
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://localhost:${SERVER_PORT:-8080}/health" > /dev/null || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
