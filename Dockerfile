# syntax=docker/dockerfile:1
# Multi-stage, layered build of the segmentation service: build with the Maven wrapper on a JDK, run on a JRE as a
# non-root user. docker build -t segmentation-service .

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/segmentation-service-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
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
ENV SEGMENTATION_STORAGE_DATA_DIR=/app/data \
    SEGMENTATION_SECURITY_ENABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
VOLUME ["/app/data"]
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/health > /dev/null || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
