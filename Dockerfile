# mock-ndes and scep-harness in one image. The build stage runs the build command of docs/deployment.md;
# the runtime image starts its run command. Build: docker build -t mock-ndes .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
WORKDIR /opt/mock-ndes
COPY --from=build /src/server/target/mock-ndes.jar /src/client-harness/target/scep-harness.jar ./
# Class-data sharing (docs/performance.md#start-up): one recording start at build time, which sends itself a device's
# first requests and exits, writes the archive every container start maps. It holds parsed classes only, no key: each
# start generates its own CA and RA keys.
RUN java -XX:+UseSerialGC -Xms16m -Xmx256m -XX:ArchiveClassesAtExit=/opt/mock-ndes/mock-ndes.jsa -jar /opt/mock-ndes/mock-ndes.jar \
      serve --port 0 --admin-port 0 --log-dir /tmp/cds-logs --exit-when-ready >/dev/null && rm -rf /tmp/cds-logs
# /data: the data folder and logs; /scenarios: custom scenario files, mounted by docker-compose.yml.
RUN useradd --system --uid 10001 --no-create-home mockndes && mkdir -p /data /scenarios && chown mockndes /data
USER mockndes
VOLUME ["/data"]
ENV MOCK_NDES_LOG_DIR=/data/logs
# The admin API is published too, so it asks for a token: docker run -e MOCK_NDES_ADMIN_TOKEN=… (or set
# MOCK_NDES_ADMIN_BIND=127.0.0.1 to keep it inside the container); without either, serve refuses to start.
ENV MOCK_NDES_ADMIN_BIND=0.0.0.0
# The launcher's JVM settings (docs/performance.md#memory-and-jvm-settings) and the archive above. The JVM reads this
# variable before its command line; add to or override any of it with docker run -e JDK_JAVA_OPTIONS="-Xmx1g", which
# the java launcher puts on the command line, or replace it: -e JAVA_TOOL_OPTIONS=… (the JVM names it on stderr).
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms16m -Xmx256m -XX:SharedArchiveFile=/opt/mock-ndes/mock-ndes.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
EXPOSE 8080 8081
# The JRE image has neither curl nor wget: the jar checks the admin API's GET /health itself.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["java", "-jar", "/opt/mock-ndes/mock-ndes.jar", "health", "--admin", "http://127.0.0.1:8081"]
ENTRYPOINT ["java", "-jar", "/opt/mock-ndes/mock-ndes.jar"]
CMD ["serve", "--bind", "0.0.0.0"]
